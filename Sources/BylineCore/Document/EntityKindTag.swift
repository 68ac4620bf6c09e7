import BylineEntities

/// The entity kind as the reader core uses it (a re-export of `EntityKind`).
public typealias EntityKindTag = EntityKind

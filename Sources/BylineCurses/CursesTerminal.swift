import BylineScreen
import CNcurses

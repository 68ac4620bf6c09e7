print("byline-train")

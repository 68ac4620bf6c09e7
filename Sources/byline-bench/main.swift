print("byline-bench")

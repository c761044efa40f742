print("fine code")
# bake: colour=red

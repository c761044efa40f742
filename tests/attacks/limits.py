# bake: memory=1000GiB timeout=86400
print("asked for a day and a terabyte")

print("keapnrf")

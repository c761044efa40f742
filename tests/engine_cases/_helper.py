GREETING = "hello from a helper"

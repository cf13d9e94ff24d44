module example.com/envguard/fixture

go 1.19

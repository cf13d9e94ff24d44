module example.com/envguard/fixture/linkfail

go 1.19

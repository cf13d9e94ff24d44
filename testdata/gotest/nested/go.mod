module example.com/envguard/nested

go 1.19

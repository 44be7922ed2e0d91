// Replaced by the benchmark suite.
return 0;

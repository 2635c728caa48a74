// One browser test at a time: each drives a real Chromium against real servers, and the machine has two cores.
[assembly: Xunit.v3.Parallelization(Mode = Xunit.Sdk.ParallelMode.None)]

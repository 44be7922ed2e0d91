namespace Bot.Knowledge.Evaluation;

// One row of the sets table: a questions set's report, or a Cranfield report.
public sealed record EvalSetResult(string Name, DevSetReport? Questions, CranfieldReport? Cranfield);

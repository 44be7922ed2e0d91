namespace Bot.Knowledge.Evaluation;

/// <summary>One row of the sets table: a questions set's report, or a Cranfield report.</summary>
public sealed record EvalSetResult(string Name, DevSetReport? Questions, CranfieldReport? Cranfield);

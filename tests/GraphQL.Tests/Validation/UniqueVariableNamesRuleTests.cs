using GraphQL.Types;
using GraphQL.Validation.Rules;

namespace GraphQL.Tests.Validation;

/// <summary>UniqueVariableNamesRule: the cases of graphql-js's tests for this rule, with the same documents and expected errors.</summary>
public sealed class UniqueVariableNamesRuleTests : ValidationTest
{
    public UniqueVariableNamesRuleTests() : base(c => new UniqueVariableNamesRule(c)) { }

    [Fact]
    public void UniqueVariableNames()
    {
        ExpectValid(@"
      query A($x: Int, $y: String) { __typename }
      query B($x: String, $y: Int) { __typename }
    ");
    }

    [Fact]
    public void DuplicateVariableNames()
    {
        ExpectErrors(@"
      query A($x: Int, $x: Int, $x: String) { __typename }
      query B($x: String, $x: Int) { __typename }
      query C($x: Int, $x: Int) { __typename }
    ",
            Err("There can be only one variable named \"$x\".", (2, 16), (2, 25), (2, 34)),
            Err("There can be only one variable named \"$x\".", (3, 16), (3, 28)),
            Err("There can be only one variable named \"$x\".", (4, 16), (4, 25)));
    }
}

using GraphQL.Types;
using GraphQL.Validation.Rules;

namespace GraphQL.Tests.Validation;

/// <summary>VariablesAreInputTypesRule: the cases of graphql-js's tests for this rule, with the same documents and expected errors.</summary>
public sealed class VariablesAreInputTypesRuleTests : ValidationTest
{
    public VariablesAreInputTypesRuleTests() : base(c => new VariablesAreInputTypesRule(c)) { }

    [Fact]
    public void UnknownTypesAreIgnored()
    {
        ExpectValid(@"
      query Foo($a: Unknown, $b: [[Unknown!]]!) {
        field(a: $a, b: $b)
      }
    ");
    }

    [Fact]
    public void InputTypesAreValid()
    {
        ExpectValid(@"
      query Foo($a: String, $b: [Boolean!]!, $c: ComplexInput) {
        field(a: $a, b: $b, c: $c)
      }
    ");
    }
}

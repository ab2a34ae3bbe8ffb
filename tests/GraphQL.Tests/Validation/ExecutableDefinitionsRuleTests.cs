using GraphQL.Types;
using GraphQL.Validation.Rules;

namespace GraphQL.Tests.Validation;

/// <summary>ExecutableDefinitionsRule: the cases of graphql-js's tests for this rule, with the same documents and expected errors.</summary>
public sealed class ExecutableDefinitionsRuleTests : ValidationTest
{
    public ExecutableDefinitionsRuleTests() : base(c => new ExecutableDefinitionsRule(c)) { }

    [Fact]
    public void WithOnlyOperation()
    {
        ExpectValid(@"
      query Foo {
        dog {
          name
        }
      }
    ");
    }

    [Fact]
    public void WithOperationAndFragment()
    {
        ExpectValid(@"
      query Foo {
        dog {
          name
          ...Frag
        }
      }

      fragment Frag on Dog {
        name
      }
    ");
    }

    [Fact]
    public void WithTypeDefinition()
    {
        ExpectErrors(@"
      query Foo {
        dog {
          name
        }
      }

      type Cow {
        name: String
      }

      extend type Dog {
        color: String
      }
    ",
            Err("The \"Cow\" definition is not executable.", (8, 7)),
            Err("The \"Dog\" definition is not executable.", (12, 7)));
    }

    [Fact]
    public void WithSchemaDefinition()
    {
        ExpectErrors(@"
      schema {
        query: Query
      }

      type Query {
        test: String
      }

      extend schema @directive
    ",
            Err("The schema definition is not executable.", (2, 7)),
            Err("The \"Query\" definition is not executable.", (6, 7)),
            Err("The schema definition is not executable.", (10, 7)));
    }
}

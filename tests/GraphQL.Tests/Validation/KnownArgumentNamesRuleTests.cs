using GraphQL.Types;
using GraphQL.Validation.Rules;

namespace GraphQL.Tests.Validation;

/// <summary>KnownArgumentNamesRule: the cases of graphql-js's tests for this rule, with the same documents and expected errors.</summary>
public sealed class KnownArgumentNamesRuleTests : ValidationTest
{
    public KnownArgumentNamesRuleTests() : base(c => new KnownArgumentNamesRule(c)) { }

    [Fact]
    public void SingleArgIsKnown()
    {
        ExpectValid(@"
      fragment argOnRequiredArg on Dog {
        doesKnowCommand(dogCommand: SIT)
      }
    ");
    }

    [Fact]
    public void MultipleArgsAreKnown()
    {
        ExpectValid(@"
      fragment multipleArgs on ComplicatedArgs {
        multipleReqs(req1: 1, req2: 2)
      }
    ");
    }

    [Fact]
    public void IgnoresArgsOfUnknownFields()
    {
        ExpectValid(@"
      fragment argOnUnknownField on Dog {
        unknownField(unknownArg: SIT)
      }
    ");
    }

    [Fact]
    public void MultipleArgsInReverseOrderAreKnown()
    {
        ExpectValid(@"
      fragment multipleArgsReverseOrder on ComplicatedArgs {
        multipleReqs(req2: 2, req1: 1)
      }
    ");
    }

    [Fact]
    public void NoArgsOnOptionalArg()
    {
        ExpectValid(@"
      fragment noArgOnOptionalArg on Dog {
        isHouseTrained
      }
    ");
    }

    [Fact]
    public void ArgsAreKnownDeeply()
    {
        ExpectValid(@"
      {
        dog {
          doesKnowCommand(dogCommand: SIT)
        }
        human {
          pet {
            ... on Dog {
              doesKnowCommand(dogCommand: SIT)
            }
          }
        }
      }
    ");
    }

    [Fact]
    public void DirectiveArgsAreKnown()
    {
        ExpectValid(@"
      {
        dog @skip(if: true)
      }
    ");
    }

    [Fact]
    public void FieldArgsAreInvalid()
    {
        ExpectErrors(@"
      {
        dog @skip(unless: true)
      }
    ",
            Err("Unknown argument \"unless\" on directive \"@skip\".", (3, 19)));
    }

    [Fact]
    public void DirectiveWithoutArgsIsValid()
    {
        ExpectValid(@"
      {
        dog @onField
      }
    ");
    }

    [Fact]
    public void ArgPassedToDirectiveWithoutArgIsReported()
    {
        ExpectErrors(@"
      {
        dog @onField(if: true)
      }
    ",
            Err("Unknown argument \"if\" on directive \"@onField\".", (3, 22)));
    }

    [Fact]
    public void MisspelledDirectiveArgsAreReported()
    {
        ExpectErrors(@"
      {
        dog @skip(iff: true)
      }
    ",
            Err("Unknown argument \"iff\" on directive \"@skip\". Did you mean \"if\"?", (3, 19)));
    }

    [Fact]
    public void InvalidArgName()
    {
        ExpectErrors(@"
      fragment invalidArgName on Dog {
        doesKnowCommand(unknown: true)
      }
    ",
            Err("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", (3, 25)));
    }

    [Fact]
    public void MisspelledArgNameIsReported()
    {
        ExpectErrors(@"
      fragment invalidArgName on Dog {
        doesKnowCommand(DogCommand: true)
      }
    ",
            Err("Unknown argument \"DogCommand\" on field \"Dog.doesKnowCommand\". Did you mean \"dogCommand\"?", (3, 25)));
    }

    [Fact]
    public void UnknownArgsAmongstKnownArgs()
    {
        ExpectErrors(@"
      fragment oneGoodArgOneInvalidArg on Dog {
        doesKnowCommand(whoKnows: 1, dogCommand: SIT, unknown: true)
      }
    ",
            Err("Unknown argument \"whoKnows\" on field \"Dog.doesKnowCommand\".", (3, 25)),
            Err("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", (3, 55)));
    }

    [Fact]
    public void UnknownArgsDeeply()
    {
        ExpectErrors(@"
      {
        dog {
          doesKnowCommand(unknown: true)
        }
        human {
          pet {
            ... on Dog {
              doesKnowCommand(unknown: true)
            }
          }
        }
      }
    ",
            Err("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", (4, 27)),
            Err("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", (9, 31)));
    }
}

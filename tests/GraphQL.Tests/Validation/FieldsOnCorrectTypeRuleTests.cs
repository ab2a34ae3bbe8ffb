using GraphQL.Types;
using GraphQL.Validation.Rules;

namespace GraphQL.Tests.Validation;

/// <summary>FieldsOnCorrectTypeRule: the cases of graphql-js's tests for this rule, with the same documents and expected errors.</summary>
public sealed class FieldsOnCorrectTypeRuleTests : ValidationTest
{
    private static readonly Schema testSchema = TestSchemaBuilder.FromSdl(@"
  interface Pet {
    name: String
  }

  type Dog implements Pet {
    name: String
    nickname: String
    barkVolume: Int
  }

  type Cat implements Pet {
    name: String
    nickname: String
    meowVolume: Int
  }

  union CatOrDog = Cat | Dog

  type Human {
    name: String
    pets: [Pet]
  }

  type Query {
    human: Human
  }
");

    public FieldsOnCorrectTypeRuleTests() : base(c => new FieldsOnCorrectTypeRule(c)) { }

    [Fact]
    public void ObjectFieldSelection()
    {
        ExpectValidWithSchema(testSchema, @"
      fragment objectFieldSelection on Dog {
        __typename
        name
      }
    ");
    }

    [Fact]
    public void AliasedObjectFieldSelection()
    {
        ExpectValidWithSchema(testSchema, @"
      fragment aliasedObjectFieldSelection on Dog {
        tn : __typename
        otherName : name
      }
    ");
    }

    [Fact]
    public void InterfaceFieldSelection()
    {
        ExpectValidWithSchema(testSchema, @"
      fragment interfaceFieldSelection on Pet {
        __typename
        name
      }
    ");
    }

    [Fact]
    public void AliasedInterfaceFieldSelection()
    {
        ExpectValidWithSchema(testSchema, @"
      fragment interfaceFieldSelection on Pet {
        otherName : name
      }
    ");
    }

    [Fact]
    public void LyingAliasSelection()
    {
        ExpectValidWithSchema(testSchema, @"
      fragment lyingAliasSelection on Dog {
        name : nickname
      }
    ");
    }

    [Fact]
    public void IgnoresFieldsOnUnknownType()
    {
        ExpectValidWithSchema(testSchema, @"
      fragment unknownSelection on UnknownType {
        unknownField
      }
    ");
    }

    [Fact]
    public void ReportsErrorsWhenTypeIsKnownAgain()
    {
        ExpectErrorsWithSchema(testSchema, @"
      fragment typeKnownAgain on Pet {
        unknown_pet_field {
          ... on Cat {
            unknown_cat_field
          }
        }
      }
    ",
            Err("Cannot query field \"unknown_pet_field\" on type \"Pet\".", (3, 9)),
            Err("Cannot query field \"unknown_cat_field\" on type \"Cat\".", (5, 13)));
    }

    [Fact]
    public void FieldNotDefinedOnFragment()
    {
        ExpectErrorsWithSchema(testSchema, @"
      fragment fieldNotDefined on Dog {
        meowVolume
      }
    ",
            Err("Cannot query field \"meowVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", (3, 9)));
    }

    [Fact]
    public void IgnoresDeeplyUnknownField()
    {
        ExpectErrorsWithSchema(testSchema, @"
      fragment deepFieldNotDefined on Dog {
        unknown_field {
          deeper_unknown_field
        }
      }
    ",
            Err("Cannot query field \"unknown_field\" on type \"Dog\".", (3, 9)));
    }

    [Fact]
    public void SubFieldNotDefined()
    {
        ExpectErrorsWithSchema(testSchema, @"
      fragment subFieldNotDefined on Human {
        pets {
          unknown_field
        }
      }
    ",
            Err("Cannot query field \"unknown_field\" on type \"Pet\".", (4, 11)));
    }

    [Fact]
    public void FieldNotDefinedOnInlineFragment()
    {
        ExpectErrorsWithSchema(testSchema, @"
      fragment fieldNotDefined on Pet {
        ... on Dog {
          meowVolume
        }
      }
    ",
            Err("Cannot query field \"meowVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", (4, 11)));
    }

    [Fact]
    public void AliasedFieldTargetNotDefined()
    {
        ExpectErrorsWithSchema(testSchema, @"
      fragment aliasedFieldTargetNotDefined on Dog {
        volume : mooVolume
      }
    ",
            Err("Cannot query field \"mooVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", (3, 9)));
    }

    [Fact]
    public void AliasedLyingFieldTargetNotDefined()
    {
        ExpectErrorsWithSchema(testSchema, @"
      fragment aliasedLyingFieldTargetNotDefined on Dog {
        barkVolume : kawVolume
      }
    ",
            Err("Cannot query field \"kawVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", (3, 9)));
    }

    [Fact]
    public void NotDefinedOnInterface()
    {
        ExpectErrorsWithSchema(testSchema, @"
      fragment notDefinedOnInterface on Pet {
        tailLength
      }
    ",
            Err("Cannot query field \"tailLength\" on type \"Pet\".", (3, 9)));
    }

    [Fact]
    public void DefinedOnImplementorsButNotOnInterface()
    {
        ExpectErrorsWithSchema(testSchema, @"
      fragment definedOnImplementorsButNotInterface on Pet {
        nickname
      }
    ",
            Err("Cannot query field \"nickname\" on type \"Pet\". Did you mean to use an inline fragment on \"Cat\" or \"Dog\"?", (3, 9)));
    }

    [Fact]
    public void MetaFieldSelectionOnUnion()
    {
        ExpectValidWithSchema(testSchema, @"
      fragment directFieldSelectionOnUnion on CatOrDog {
        __typename
      }
    ");
    }

    [Fact]
    public void DirectFieldSelectionOnUnion()
    {
        ExpectErrorsWithSchema(testSchema, @"
      fragment directFieldSelectionOnUnion on CatOrDog {
        directField
      }
    ",
            Err("Cannot query field \"directField\" on type \"CatOrDog\".", (3, 9)));
    }

    [Fact]
    public void DefinedOnImplementorsQueriedOnUnion()
    {
        ExpectErrorsWithSchema(testSchema, @"
      fragment definedOnImplementorsQueriedOnUnion on CatOrDog {
        name
      }
    ",
            Err("Cannot query field \"name\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Pet\", \"Cat\", or \"Dog\"?", (3, 9)));
    }

    [Fact]
    public void ValidFieldInInlineFragment()
    {
        ExpectValidWithSchema(testSchema, @"
      fragment objectFieldSelection on Pet {
        ... on Dog {
          name
        }
        ... {
          name
        }
      }
    ");
    }

    [Fact]
    public void WorksWithNoSuggestions()
    {
        var schema = TestSchemaBuilder.FromSdl(@"
        type T {
          fieldWithVeryLongNameThatWillNeverBeSuggested: String
        }
        type Query { t: T }
      ");
        ExpectErrorMessage(schema, @"{ t { f } }", "Cannot query field \"f\" on type \"T\".");
    }

    [Fact]
    public void WorksWithNoSmallNumbersOfTypeSuggestions()
    {
        var schema = TestSchemaBuilder.FromSdl(@"
        union T = A | B
        type Query { t: T }

        type A { f: String }
        type B { f: String }
      ");
        ExpectErrorMessage(schema, @"{ t { f } }", "Cannot query field \"f\" on type \"T\". Did you mean to use an inline fragment on \"A\" or \"B\"?");
    }

    [Fact]
    public void WorksWithNoSmallNumbersOfFieldSuggestions()
    {
        var schema = TestSchemaBuilder.FromSdl(@"
        type T {
          y: String
          z: String
        }
        type Query { t: T }
      ");
        ExpectErrorMessage(schema, @"{ t { f } }", "Cannot query field \"f\" on type \"T\". Did you mean \"y\" or \"z\"?");
    }

    [Fact]
    public void OnlyShowsOneSetOfSuggestionsAtATimePreferringTypes()
    {
        var schema = TestSchemaBuilder.FromSdl(@"
        interface T {
          y: String
          z: String
        }
        type Query { t: T }

        type A implements T {
          f: String
          y: String
          z: String
        }
        type B implements T {
          f: String
          y: String
          z: String
        }
      ");
        ExpectErrorMessage(schema, @"{ t { f } }", "Cannot query field \"f\" on type \"T\". Did you mean to use an inline fragment on \"A\" or \"B\"?");
    }

    [Fact]
    public void SortTypeSuggestionsBasedOnInheritanceOrder()
    {
        var interfaceSchema = TestSchemaBuilder.FromSdl(@"
        interface T { bar: String }
        type Query { t: T }

        interface Z implements T {
          foo: String
          bar: String
        }

        interface Y implements Z & T {
          foo: String
          bar: String
        }

        type X implements Y & Z & T {
          foo: String
          bar: String
        }
      ");
        ExpectErrorMessage(interfaceSchema, @"{ t { foo } }", "Cannot query field \"foo\" on type \"T\". Did you mean to use an inline fragment on \"Z\", \"Y\", or \"X\"?");
        var unionSchema = TestSchemaBuilder.FromSdl(@"
        interface Animal { name: String }
        interface Mammal implements Animal { name: String }

        interface Canine implements Animal & Mammal { name: String }
        type Dog implements Animal & Mammal & Canine { name: String }

        interface Feline implements Animal & Mammal { name: String }
        type Cat implements Animal & Mammal & Feline { name: String }

        union CatOrDog = Cat | Dog
        type Query { catOrDog: CatOrDog }
      ");
        ExpectErrorMessage(unionSchema, @"{ catOrDog { name } }", "Cannot query field \"name\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Animal\", \"Mammal\", \"Canine\", \"Dog\", or \"Feline\"?");
    }

    [Fact]
    public void LimitsLotsOfTypeSuggestions()
    {
        var schema = TestSchemaBuilder.FromSdl(@"
        union T = A | B | C | D | E | F
        type Query { t: T }

        type A { f: String }
        type B { f: String }
        type C { f: String }
        type D { f: String }
        type E { f: String }
        type F { f: String }
      ");
        ExpectErrorMessage(schema, @"{ t { f } }", "Cannot query field \"f\" on type \"T\". Did you mean to use an inline fragment on \"A\", \"B\", \"C\", \"D\", or \"E\"?");
    }

    [Fact]
    public void LimitsLotsOfFieldSuggestions()
    {
        var schema = TestSchemaBuilder.FromSdl(@"
        type T {
          u: String
          v: String
          w: String
          x: String
          y: String
          z: String
        }
        type Query { t: T }
      ");
        ExpectErrorMessage(schema, @"{ t { f } }", "Cannot query field \"f\" on type \"T\". Did you mean \"u\", \"v\", \"w\", \"x\", or \"y\"?");
    }
}

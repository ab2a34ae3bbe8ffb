using GraphQL.Types;
using GraphQL.Validation.Rules;

namespace GraphQL.Tests.Validation;

/// <summary>PossibleFragmentSpreadsRule: the cases of graphql-js's tests for this rule, with the same documents and expected errors.</summary>
public sealed class PossibleFragmentSpreadsRuleTests : ValidationTest
{
    private static readonly Schema testSchema = TestSchemaBuilder.FromSdl(@"
  interface Being {
    name: String
  }

  interface Pet implements Being {
    name: String
  }

  type Dog implements Being & Pet {
    name: String
    barkVolume: Int
  }

  type Cat implements Being & Pet {
    name: String
    meowVolume: Int
  }

  union CatOrDog = Cat | Dog

  interface Intelligent {
    iq: Int
  }

  type Human implements Being & Intelligent {
    name: String
    pets: [Pet]
    iq: Int
  }

  type Alien implements Being & Intelligent {
    name: String
    iq: Int
  }

  union DogOrHuman = Dog | Human

  union HumanOrAlien = Human | Alien

  type Query {
    catOrDog: CatOrDog
    dogOrHuman: DogOrHuman
    humanOrAlien: HumanOrAlien
  }
");

    public PossibleFragmentSpreadsRuleTests() : base(c => new PossibleFragmentSpreadsRule(c)) { }

    [Fact]
    public void OfTheSameObject()
    {
        ExpectValidWithSchema(testSchema, @"
      fragment objectWithinObject on Dog { ...dogFragment }
      fragment dogFragment on Dog { barkVolume }
    ");
    }

    [Fact]
    public void OfTheSameObjectWithInlineFragment()
    {
        ExpectValidWithSchema(testSchema, @"
      fragment objectWithinObjectAnon on Dog { ... on Dog { barkVolume } }
    ");
    }

    [Fact]
    public void ObjectIntoAnImplementedInterface()
    {
        ExpectValidWithSchema(testSchema, @"
      fragment objectWithinInterface on Pet { ...dogFragment }
      fragment dogFragment on Dog { barkVolume }
    ");
    }

    [Fact]
    public void ObjectIntoContainingUnion()
    {
        ExpectValidWithSchema(testSchema, @"
      fragment objectWithinUnion on CatOrDog { ...dogFragment }
      fragment dogFragment on Dog { barkVolume }
    ");
    }

    [Fact]
    public void UnionIntoContainedObject()
    {
        ExpectValidWithSchema(testSchema, @"
      fragment unionWithinObject on Dog { ...catOrDogFragment }
      fragment catOrDogFragment on CatOrDog { __typename }
    ");
    }

    [Fact]
    public void UnionIntoOverlappingInterface()
    {
        ExpectValidWithSchema(testSchema, @"
      fragment unionWithinInterface on Pet { ...catOrDogFragment }
      fragment catOrDogFragment on CatOrDog { __typename }
    ");
    }

    [Fact]
    public void UnionIntoOverlappingUnion()
    {
        ExpectValidWithSchema(testSchema, @"
      fragment unionWithinUnion on DogOrHuman { ...catOrDogFragment }
      fragment catOrDogFragment on CatOrDog { __typename }
    ");
    }

    [Fact]
    public void InterfaceIntoImplementedObject()
    {
        ExpectValidWithSchema(testSchema, @"
      fragment interfaceWithinObject on Dog { ...petFragment }
      fragment petFragment on Pet { name }
    ");
    }

    [Fact]
    public void InterfaceIntoOverlappingInterface()
    {
        ExpectValidWithSchema(testSchema, @"
      fragment interfaceWithinInterface on Pet { ...beingFragment }
      fragment beingFragment on Being { name }
    ");
    }

    [Fact]
    public void InterfaceIntoOverlappingInterfaceInInlineFragment()
    {
        ExpectValidWithSchema(testSchema, @"
      fragment interfaceWithinInterface on Pet { ... on Being { name } }
    ");
    }

    [Fact]
    public void InterfaceIntoOverlappingUnion()
    {
        ExpectValidWithSchema(testSchema, @"
      fragment interfaceWithinUnion on CatOrDog { ...petFragment }
      fragment petFragment on Pet { name }
    ");
    }

    [Fact]
    public void IgnoresIncorrectTypeCaughtByFragmentsOnCompositeTypesRule()
    {
        ExpectValidWithSchema(testSchema, @"
      fragment petFragment on Pet { ...badInADifferentWay }
      fragment badInADifferentWay on String { name }
    ");
    }

    [Fact]
    public void IgnoresUnknownFragmentsCaughtByKnownFragmentNamesRule()
    {
        ExpectValidWithSchema(testSchema, @"
      fragment petFragment on Pet { ...UnknownFragment }
    ");
    }

    [Fact]
    public void DifferentObjectIntoObject()
    {
        ExpectErrorsWithSchema(testSchema, @"
      fragment invalidObjectWithinObject on Cat { ...dogFragment }
      fragment dogFragment on Dog { barkVolume }
    ",
            Err("Fragment \"dogFragment\" cannot be spread here as objects of type \"Cat\" can never be of type \"Dog\".", (2, 51)));
    }

    [Fact]
    public void DifferentObjectIntoObjectInInlineFragment()
    {
        ExpectErrorsWithSchema(testSchema, @"
      fragment invalidObjectWithinObjectAnon on Cat {
        ... on Dog { barkVolume }
      }
    ",
            Err("Fragment cannot be spread here as objects of type \"Cat\" can never be of type \"Dog\".", (3, 9)));
    }

    [Fact]
    public void ObjectIntoNotImplementingInterface()
    {
        ExpectErrorsWithSchema(testSchema, @"
      fragment invalidObjectWithinInterface on Pet { ...humanFragment }
      fragment humanFragment on Human { pets { name } }
    ",
            Err("Fragment \"humanFragment\" cannot be spread here as objects of type \"Pet\" can never be of type \"Human\".", (2, 54)));
    }

    [Fact]
    public void ObjectIntoNotContainingUnion()
    {
        ExpectErrorsWithSchema(testSchema, @"
      fragment invalidObjectWithinUnion on CatOrDog { ...humanFragment }
      fragment humanFragment on Human { pets { name } }
    ",
            Err("Fragment \"humanFragment\" cannot be spread here as objects of type \"CatOrDog\" can never be of type \"Human\".", (2, 55)));
    }

    [Fact]
    public void UnionIntoNotContainedObject()
    {
        ExpectErrorsWithSchema(testSchema, @"
      fragment invalidUnionWithinObject on Human { ...catOrDogFragment }
      fragment catOrDogFragment on CatOrDog { __typename }
    ",
            Err("Fragment \"catOrDogFragment\" cannot be spread here as objects of type \"Human\" can never be of type \"CatOrDog\".", (2, 52)));
    }

    [Fact]
    public void UnionIntoNonOverlappingInterface()
    {
        ExpectErrorsWithSchema(testSchema, @"
      fragment invalidUnionWithinInterface on Pet { ...humanOrAlienFragment }
      fragment humanOrAlienFragment on HumanOrAlien { __typename }
    ",
            Err("Fragment \"humanOrAlienFragment\" cannot be spread here as objects of type \"Pet\" can never be of type \"HumanOrAlien\".", (2, 53)));
    }

    [Fact]
    public void UnionIntoNonOverlappingUnion()
    {
        ExpectErrorsWithSchema(testSchema, @"
      fragment invalidUnionWithinUnion on CatOrDog { ...humanOrAlienFragment }
      fragment humanOrAlienFragment on HumanOrAlien { __typename }
    ",
            Err("Fragment \"humanOrAlienFragment\" cannot be spread here as objects of type \"CatOrDog\" can never be of type \"HumanOrAlien\".", (2, 54)));
    }

    [Fact]
    public void InterfaceIntoNonImplementingObject()
    {
        ExpectErrorsWithSchema(testSchema, @"
      fragment invalidInterfaceWithinObject on Cat { ...intelligentFragment }
      fragment intelligentFragment on Intelligent { iq }
    ",
            Err("Fragment \"intelligentFragment\" cannot be spread here as objects of type \"Cat\" can never be of type \"Intelligent\".", (2, 54)));
    }

    [Fact]
    public void InterfaceIntoNonOverlappingInterface()
    {
        ExpectErrorsWithSchema(testSchema, @"
      fragment invalidInterfaceWithinInterface on Pet {
        ...intelligentFragment
      }
      fragment intelligentFragment on Intelligent { iq }
    ",
            Err("Fragment \"intelligentFragment\" cannot be spread here as objects of type \"Pet\" can never be of type \"Intelligent\".", (3, 9)));
    }

    [Fact]
    public void InterfaceIntoNonOverlappingInterfaceInInlineFragment()
    {
        ExpectErrorsWithSchema(testSchema, @"
      fragment invalidInterfaceWithinInterfaceAnon on Pet {
        ...on Intelligent { iq }
      }
    ",
            Err("Fragment cannot be spread here as objects of type \"Pet\" can never be of type \"Intelligent\".", (3, 9)));
    }

    [Fact]
    public void InterfaceIntoNonOverlappingUnion()
    {
        ExpectErrorsWithSchema(testSchema, @"
      fragment invalidInterfaceWithinUnion on HumanOrAlien { ...petFragment }
      fragment petFragment on Pet { name }
    ",
            Err("Fragment \"petFragment\" cannot be spread here as objects of type \"HumanOrAlien\" can never be of type \"Pet\".", (2, 62)));
    }
}

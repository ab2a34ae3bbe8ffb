using GraphQL.Types;
using GraphQL.Validation.Rules;

namespace GraphQL.Tests.Validation;

/// <summary>UniqueDirectivesPerLocationRule: the cases of graphql-js's tests for this rule, with the same documents and expected errors.</summary>
public sealed class UniqueDirectivesPerLocationRuleTests : ValidationTest
{
    private static readonly Schema schemaWithDirectives = TestSchemaBuilder.FromSdl(TestSchema.Sdl + @"
  directive @directive on FIELD | FRAGMENT_DEFINITION
  directive @directiveA on FIELD | FRAGMENT_DEFINITION
  directive @directiveB on FIELD | FRAGMENT_DEFINITION
  directive @repeatable repeatable on FIELD | FRAGMENT_DEFINITION
");

    public UniqueDirectivesPerLocationRuleTests() : base(c => new UniqueDirectivesPerLocationRule(c)) { }

    [Fact]
    public void NoDirectives()
    {
        ExpectValidWithSchema(schemaWithDirectives, @"
      fragment Test on Type {
        field
      }
    ");
    }

    [Fact]
    public void UniqueDirectivesInDifferentLocations()
    {
        ExpectValidWithSchema(schemaWithDirectives, @"
      fragment Test on Type @directiveA {
        field @directiveB
      }
    ");
    }

    [Fact]
    public void UniqueDirectivesInSameLocations()
    {
        ExpectValidWithSchema(schemaWithDirectives, @"
      fragment Test on Type @directiveA @directiveB {
        field @directiveA @directiveB
      }
    ");
    }

    [Fact]
    public void SameDirectivesInDifferentLocations()
    {
        ExpectValidWithSchema(schemaWithDirectives, @"
      fragment Test on Type @directiveA {
        field @directiveA
      }
    ");
    }

    [Fact]
    public void SameDirectivesInSimilarLocations()
    {
        ExpectValidWithSchema(schemaWithDirectives, @"
      fragment Test on Type {
        field @directive
        field @directive
      }
    ");
    }

    [Fact]
    public void RepeatableDirectivesInSameLocation()
    {
        ExpectValidWithSchema(schemaWithDirectives, @"
      fragment Test on Type @repeatable @repeatable {
        field @repeatable @repeatable
      }
    ");
    }

    [Fact]
    public void UnknownDirectivesMustBeIgnored()
    {
        ExpectValidWithSchema(schemaWithDirectives, @"
      type Test @unknown @unknown {
        field: String! @unknown @unknown
      }

      extend type Test @unknown {
        anotherField: String!
      }
    ");
    }

    [Fact]
    public void DuplicateDirectivesInOneLocation()
    {
        ExpectErrorsWithSchema(schemaWithDirectives, @"
      fragment Test on Type {
        field @directive @directive
      }
    ",
            Err("The directive \"@directive\" can only be used once at this location.", (3, 15), (3, 26)));
    }

    [Fact]
    public void ManyDuplicateDirectivesInOneLocation()
    {
        ExpectErrorsWithSchema(schemaWithDirectives, @"
      fragment Test on Type {
        field @directive @directive @directive
      }
    ",
            Err("The directive \"@directive\" can only be used once at this location.", (3, 15), (3, 26)),
            Err("The directive \"@directive\" can only be used once at this location.", (3, 15), (3, 37)));
    }

    [Fact]
    public void DifferentDuplicateDirectivesInOneLocation()
    {
        ExpectErrorsWithSchema(schemaWithDirectives, @"
      fragment Test on Type {
        field @directiveA @directiveB @directiveA @directiveB
      }
    ",
            Err("The directive \"@directiveA\" can only be used once at this location.", (3, 15), (3, 39)),
            Err("The directive \"@directiveB\" can only be used once at this location.", (3, 27), (3, 51)));
    }

    [Fact]
    public void DuplicateDirectivesInManyLocations()
    {
        ExpectErrorsWithSchema(schemaWithDirectives, @"
      fragment Test on Type @directive @directive {
        field @directive @directive
      }
    ",
            Err("The directive \"@directive\" can only be used once at this location.", (2, 29), (2, 40)),
            Err("The directive \"@directive\" can only be used once at this location.", (3, 15), (3, 26)));
    }
}

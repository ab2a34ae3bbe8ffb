using System;
using System.Collections.Generic;
using GraphQL.Language;
using GraphQL.Types;
using GraphQL.Validation;

namespace GraphQL.Tests.Validation;

/// <summary>An expected validation error: the message and the line and column of each location.</summary>
public sealed record ExpectedError(string Message, params (int Line, int Column)[] Locations);

/// <summary>
/// The harness of the validation tests, after graphql-js's <c>harness.ts</c>: a document is validated with
/// one rule (or all of them) against the test schema, and the errors must be exactly the expected ones.
/// </summary>
public abstract class ValidationTest
{
    private readonly IReadOnlyList<ValidationRuleFactory>? _rules;

    /// <summary>Runs the given rules only; none runs every rule of <see cref="SpecifiedRules.All"/>.</summary>
    private protected ValidationTest(params ValidationRuleFactory[] rules)
    {
        _rules = rules.Length == 0 ? null : rules;
    }

    protected static ExpectedError Err(string message, params (int Line, int Column)[] locations) => new(message, locations);

    protected void ExpectValid(string document) => ExpectValidWithSchema(TestSchema.Default, document);

    protected void ExpectValidWithSchema(Schema schema, string document) => ExpectErrorsWithSchema(schema, document);

    protected void ExpectErrors(string document, params ExpectedError[] errors) => ExpectErrorsWithSchema(TestSchema.Default, document, errors);

    protected void ExpectErrors(string document, params (string Message, int Line, int Column)[] errors)
    {
        var expected = Array.ConvertAll(errors, e => new ExpectedError(e.Message, (e.Line, e.Column)));
        ExpectErrorsWithSchema(TestSchema.Default, document, expected);
    }

    protected void ExpectErrorsWithSchema(Schema schema, string document, params ExpectedError[] errors)
    {
        var result = DocumentValidator.Validate(schema, Parser.Parse(document), new ValidationOptions { Rules = _rules });
        var actual = new List<string>();
        foreach (var error in result.Errors) actual.Add(Format(error.Message, error.Locations));
        var expected = new List<string>();
        foreach (var error in errors)
        {
            var locations = new List<Location>();
            foreach (var (line, column) in error.Locations) locations.Add(new Location(0, 0, line, column));
            expected.Add(Format(error.Message, locations));
        }

        Assert.Equal(expected, actual);
    }

    /// <summary>The document has exactly one error, with this message (graphql-js <c>expectErrorMessage</c>).</summary>
    protected void ExpectErrorMessage(Schema schema, string document, string message)
    {
        var result = DocumentValidator.Validate(schema, Parser.Parse(document), new ValidationOptions { Rules = _rules });
        var error = Assert.Single(result.Errors);
        Assert.Equal(message, error.Message);
    }

    private static string Format(string message, IReadOnlyList<Location> locations)
    {
        var text = message;
        foreach (var location in locations) text += $" @{location.Line}:{location.Column}";
        return text;
    }
}

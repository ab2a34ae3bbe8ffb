using System;
using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Validation;

/// <summary>
/// Validates an executable document against a schema (spec §5): runs every rule of
/// <see cref="SpecifiedRules.All"/> in one traversal of the document and stops at
/// <see cref="ValidationOptions.MaxErrors"/>. The result depends only on the schema and the document,
/// so callers cache it by document hash.
/// </summary>
public static class DocumentValidator
{
    public static ValidationResult Validate(Schema schema, DocumentNode document, ValidationOptions? options = null)
    {
        if (schema is null) throw new ArgumentNullException(nameof(schema));
        if (document is null) throw new ArgumentNullException(nameof(document));
        options ??= ValidationOptions.Default;

        var typeInfo = new TypeInfo(schema);
        var context = new ValidationContext(schema, document, typeInfo, options.MaxErrors);
        context.CollectVariableUsages = definition =>
            new ValidationWalker(context, new TypeInfo(schema), Array.Empty<ValidationRule>()).CollectVariableUsages(definition);

        var factories = options.Rules ?? (options.IncludeRecommendedRules ? SpecifiedRules.WithRecommended : SpecifiedRules.All);
        var rules = new ValidationRule[factories.Count];
        for (var i = 0; i < rules.Length; i++) rules[i] = factories[i](context);

        try
        {
            new ValidationWalker(context, typeInfo, rules).WalkDocument(document);
        }
        catch (ValidationContext.ValidationAbortedException)
        {
            // The error cap was reached; the errors so far plus the "Too many validation errors" error stand.
        }

        return context.Errors.Count == 0 ? ValidationResult.Valid : new ValidationResult(context.Errors);
    }
}

using System;
using System.Collections.Generic;
using GraphQL.Language;

namespace GraphQL.Validation;

/// <summary>
/// A violation of one of the rules of spec §5 (Validation): a sentence a client can act on, the
/// places in the document it refers to, a stable code for <c>extensions.code</c>, and the rule
/// that found it.
/// </summary>
public sealed class ValidationError
{
    /// <summary>The <c>extensions.code</c> of every validation error.</summary>
    public const string DefaultCode = "GRAPHQL_VALIDATION_FAILED";

    public ValidationError(string message, IReadOnlyList<Location> locations, string? rule = null, string code = DefaultCode)
    {
        Message = message ?? throw new ArgumentNullException(nameof(message));
        Locations = locations ?? Array.Empty<Location>();
        Rule = rule;
        Code = code;
    }

    /// <summary>The message, worded as graphql-js words it.</summary>
    public string Message { get; }

    /// <summary>Where the offending nodes start, in document order of the rule's report (may be empty).</summary>
    public IReadOnlyList<Location> Locations { get; }

    /// <summary>Stable error code, <see cref="DefaultCode"/> unless a rule says otherwise.</summary>
    public string Code { get; }

    /// <summary>The name of the rule that reported the error (e.g. <c>FieldsOnCorrectTypeRule</c>), null for the error cap.</summary>
    public string? Rule { get; }

    public override string ToString()
    {
        if (Locations.Count == 0) return Message;
        var text = Message + " (";
        for (var i = 0; i < Locations.Count; i++)
        {
            if (i > 0) text += ", ";
            text += Locations[i].Line + ":" + Locations[i].Column;
        }

        return text + ")";
    }
}

using System;
using System.Collections.Generic;

namespace GraphQL.Validation;

/// <summary>The outcome of validating an executable document against a schema (spec §5).</summary>
public sealed class ValidationResult
{
    /// <summary>The shared result of a valid document.</summary>
    public static readonly ValidationResult Valid = new(Array.Empty<ValidationError>());

    public ValidationResult(IReadOnlyList<ValidationError> errors) => Errors = errors ?? Array.Empty<ValidationError>();

    /// <summary>Every error found, in the order graphql-js reports them; empty when the document is valid.</summary>
    public IReadOnlyList<ValidationError> Errors { get; }

    public bool IsValid => Errors.Count == 0;
}

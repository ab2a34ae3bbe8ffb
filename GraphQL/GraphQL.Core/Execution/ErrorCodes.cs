namespace GraphQL.Execution;

/// <summary>
/// The stable <c>extensions.code</c> values of errors; documented with their meaning in
/// <c>docs/graphql-errors.md</c>. Clients branch on these, so they never change.
/// </summary>
public static class ErrorCodes
{
    /// <summary>The request has neither a document nor a document id, or is otherwise malformed.</summary>
    public const string BadRequest = "BAD_REQUEST";

    /// <summary>The document does not match the grammar (spec §2).</summary>
    public const string ParseFailed = "GRAPHQL_PARSE_FAILED";

    /// <summary>The document breaks a validation rule (spec §5).</summary>
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";

    /// <summary>No operation matches the operation name, or a name is needed (spec §6.1 GetOperation).</summary>
    public const string OperationNotFound = "OPERATION_NOT_FOUND";

    /// <summary>The schema has no root type for the operation's kind (mutation or subscription).</summary>
    public const string OperationNotSupported = "OPERATION_NOT_SUPPORTED";

    /// <summary>A variable value or argument value could not be coerced (spec §6.1.2, §6.4.1).</summary>
    public const string BadUserInput = "BAD_USER_INPUT";

    /// <summary>The persisted document id is unknown.</summary>
    public const string PersistedDocumentNotFound = "PERSISTED_QUERY_NOT_FOUND";

    /// <summary>The operation nests fields deeper than <c>MaxDepth</c>.</summary>
    public const string MaxDepthExceeded = "MAX_DEPTH_EXCEEDED";

    /// <summary>The operation's estimated cost is above <c>MaxCost</c>.</summary>
    public const string MaxCostExceeded = "MAX_COST_EXCEEDED";

    /// <summary>The operation selects more fields than <c>MaxFieldsPerRequest</c>.</summary>
    public const string MaxFieldsExceeded = "MAX_FIELDS_EXCEEDED";

    /// <summary>The operation selects <c>__schema</c> or <c>__type</c> while introspection is disabled.</summary>
    public const string IntrospectionDisabled = "INTROSPECTION_DISABLED";

    /// <summary>Execution took longer than <c>ExecutionTimeout</c>.</summary>
    public const string ExecutionTimeout = "EXECUTION_TIMEOUT";

    /// <summary>A resolver failed unexpectedly, or a value could not be completed.</summary>
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";
}

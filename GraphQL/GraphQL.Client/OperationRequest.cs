namespace GraphQL.Client;

/// <summary>The three kinds of GraphQL operation (spec §2.3).</summary>
public enum OperationKind
{
    Query,
    Mutation,
    Subscription,
}

/// <summary>
/// One request as a generated operation describes it: the name, the canonical document with its fragments,
/// its SHA-256 hash (the persisted-operation id), and the variables already written as a JSON object
/// (generated code writes them without reflection).
/// </summary>
public sealed class OperationRequest
{
    public OperationRequest(string name, string document, string hash, OperationKind kind, ReadOnlyMemory<byte> variables = default)
    {
        Name = name;
        Document = document;
        Hash = hash;
        Kind = kind;
        Variables = variables;
    }

    /// <summary>The operation's name (<c>operationName</c>).</summary>
    public string Name { get; }

    /// <summary>The document sent when the operation is not sent by hash.</summary>
    public string Document { get; }

    /// <summary>Lower-case hexadecimal SHA-256 of the UTF-8 <see cref="Document"/>.</summary>
    public string Hash { get; }

    public OperationKind Kind { get; }

    /// <summary>The <c>variables</c> JSON object, or empty when the operation has none set.</summary>
    public ReadOnlyMemory<byte> Variables { get; }
}

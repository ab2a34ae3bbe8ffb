namespace GraphQL.CodeFirst;

/// <summary>A .NET type has no GraphQL counterpart; the message says why and is completed with the member that uses it.</summary>
internal sealed class TypeMappingException : Exception
{
    public TypeMappingException(string reason) : base(reason) { }
}

using System.Reflection;
using GraphQL.Types;

namespace GraphQL;

/// <summary>
/// What descriptor attributes may ask the code-first builder while it builds the schema: the
/// GraphQL type of a .NET type, named types created on demand (connection and filter types), and
/// the naming conventions.
/// </summary>
public interface IDescriptorContext
{
    /// <summary>The output type for a .NET type (<c>Product</c> → <c>Product</c>, <c>int?</c> → <c>Int</c>), not wrapped in non-null.</summary>
    NamedType GetOutputType(Type runtimeType);

    /// <summary>The input type for a .NET type (<c>Product</c> → <c>ProductInput</c>), not wrapped in non-null.</summary>
    NamedType GetInputType(Type runtimeType);

    /// <summary>
    /// The named type called <paramref name="name"/>, created by <paramref name="create"/> the first time
    /// it is asked for, so that e.g. every <c>[UsePaging]</c> field over products shares one <c>ProductsConnection</c>.
    /// </summary>
    T GetOrAddType<T>(string name, Func<T> create) where T : NamedType;

    /// <summary>The GraphQL name of a member, after <see cref="GraphQLNameAttribute"/> and the conventions.</summary>
    string GetMemberName(MemberInfo member);

    /// <summary>The GraphQL name of a .NET type used as an output type.</summary>
    string GetTypeName(Type type);

    /// <summary>Records a schema build error (a sentence naming the .NET member); all are thrown together.</summary>
    void ReportError(string message);
}

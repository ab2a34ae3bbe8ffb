using System.Linq.Expressions;
using System.Reflection;

namespace GraphQL.Data.Sorting;

/// <summary>
/// Customises the sort input of <typeparamref name="T"/> (as Hot Chocolate's <c>SortInputType&lt;T&gt;</c>):
/// subclass it, override <see cref="Configure"/>, and name it in <c>[UseSorting(typeof(...))]</c>. An
/// ordering is a public contract and each sortable column wants an index, so an API usually binds
/// its sort fields explicitly.
/// </summary>
public abstract class SortInputType<T> : ISortInputTypeDefinitionSource
{
    protected abstract void Configure(ISortInputTypeDescriptor<T> descriptor);

    Type ISortInputTypeDefinitionSource.EntityType => typeof(T);

    SortInputTypeDefinition ISortInputTypeDefinitionSource.CreateDefinition()
    {
        var descriptor = new SortInputTypeDescriptor<T>();
        Configure(descriptor);
        return descriptor.Definition;
    }
}

/// <summary>Implemented by <see cref="SortInputType{T}"/>; lets the middleware read a customisation without knowing <c>T</c>.</summary>
public interface ISortInputTypeDefinitionSource
{
    Type EntityType { get; }

    SortInputTypeDefinition CreateDefinition();
}

/// <summary>The fluent API of <see cref="SortInputType{T}.Configure"/>.</summary>
public interface ISortInputTypeDescriptor<T>
{
    /// <summary>Renames the input type (default <c>&lt;Type&gt;SortInput</c>).</summary>
    ISortInputTypeDescriptor<T> Name(string name);

    /// <summary>Only the properties named with <see cref="Field"/> are sortable.</summary>
    ISortInputTypeDescriptor<T> BindFieldsExplicitly();

    /// <summary>Makes a property sortable, optionally under another name.</summary>
    ISortInputTypeDescriptor<T> Field<TValue>(Expression<Func<T, TValue>> property, string? name = null);

    /// <summary>Leaves a property out of the sort input.</summary>
    ISortInputTypeDescriptor<T> Ignore<TValue>(Expression<Func<T, TValue>> property);
}

/// <summary>The result of a <see cref="SortInputType{T}"/>: name, explicit binding, renames and ignores.</summary>
public sealed class SortInputTypeDefinition
{
    public string? Name { get; set; }
    public bool BindExplicitly { get; set; }
    public Dictionary<PropertyInfo, string?> Fields { get; } = new();
    public HashSet<PropertyInfo> Ignored { get; } = new();
}

internal sealed class SortInputTypeDescriptor<T> : ISortInputTypeDescriptor<T>
{
    public SortInputTypeDefinition Definition { get; } = new();

    public ISortInputTypeDescriptor<T> Name(string name)
    {
        Definition.Name = name;
        return this;
    }

    public ISortInputTypeDescriptor<T> BindFieldsExplicitly()
    {
        Definition.BindExplicitly = true;
        return this;
    }

    public ISortInputTypeDescriptor<T> Field<TValue>(Expression<Func<T, TValue>> property, string? name = null)
    {
        Definition.Fields[PropertyOf(property)] = name;
        return this;
    }

    public ISortInputTypeDescriptor<T> Ignore<TValue>(Expression<Func<T, TValue>> property)
    {
        Definition.Ignored.Add(PropertyOf(property));
        return this;
    }

    private static PropertyInfo PropertyOf(LambdaExpression lambda)
    {
        var body = lambda.Body is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : lambda.Body;
        return body is MemberExpression { Member: PropertyInfo property } member && ReferenceEquals(member.Expression, lambda.Parameters[0])
            ? property
            : throw new ArgumentException($"\"{lambda}\" does not select a property of {typeof(T).Name}.", nameof(lambda));
    }
}

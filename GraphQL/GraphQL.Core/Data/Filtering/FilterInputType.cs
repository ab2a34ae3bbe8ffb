using System.Linq.Expressions;
using System.Reflection;

namespace GraphQL.Data.Filtering;

/// <summary>
/// Customises the filter input of <typeparamref name="T"/> (as Hot Chocolate's <c>FilterInputType&lt;T&gt;</c>):
/// subclass it, override <see cref="Configure"/>, and name it in <c>[UseFiltering(typeof(...))]</c>.
/// </summary>
public abstract class FilterInputType<T> : IFilterInputTypeDefinitionSource
{
    protected abstract void Configure(IFilterInputTypeDescriptor<T> descriptor);

    FilterInputTypeDefinition IFilterInputTypeDefinitionSource.CreateDefinition()
    {
        var descriptor = new FilterInputTypeDescriptor<T>();
        Configure(descriptor);
        descriptor.Definition.Source = GetType();
        return descriptor.Definition;
    }
}

/// <summary>Implemented by <see cref="FilterInputType{T}"/>; lets the middleware read a customisation without knowing <c>T</c>.</summary>
public interface IFilterInputTypeDefinitionSource
{
    FilterInputTypeDefinition CreateDefinition();
}

/// <summary>The fluent API of <see cref="FilterInputType{T}.Configure"/>.</summary>
public interface IFilterInputTypeDescriptor<T>
{
    /// <summary>Renames the input type (default <c>&lt;Type&gt;FilterInput</c>).</summary>
    IFilterInputTypeDescriptor<T> Name(string name);

    /// <summary>Only the properties named with <see cref="Field"/> are filterable.</summary>
    IFilterInputTypeDescriptor<T> BindFieldsExplicitly();

    /// <summary>Makes a property filterable, optionally under another name.</summary>
    IFilterInputTypeDescriptor<T> Field<TValue>(Expression<Func<T, TValue>> property, string? name = null);

    /// <summary>Leaves a property out of the filter.</summary>
    IFilterInputTypeDescriptor<T> Ignore<TValue>(Expression<Func<T, TValue>> property);

    /// <summary>
    /// Makes a key property filterable by the global IDs of <paramref name="nodeType"/> (<c>IdOperationFilterInput</c>),
    /// as <c>[ID(nodeType)]</c> on the property would.
    /// </summary>
    IFilterInputTypeDescriptor<T> IdField<TValue>(Expression<Func<T, TValue>> property, string nodeType, string? name = null);
}

/// <summary>The result of a <see cref="FilterInputType{T}"/>: name, explicit binding, renames and ignores.</summary>
public sealed class FilterInputTypeDefinition
{
    public string? Name { get; set; }
    public bool BindExplicitly { get; set; }
    public Dictionary<PropertyInfo, string?> Fields { get; } = new();
    public HashSet<PropertyInfo> Ignored { get; } = new();

    /// <summary>The <see cref="FilterInputType{T}"/> subclass this came from, named when two filter types clash.</summary>
    internal Type? Source { get; set; }

    /// <summary>Properties filtered by global IDs, with the node type the IDs must name.</summary>
    public Dictionary<PropertyInfo, string> IdFields { get; } = new();
}

internal sealed class FilterInputTypeDescriptor<T> : IFilterInputTypeDescriptor<T>
{
    public FilterInputTypeDefinition Definition { get; } = new();

    public IFilterInputTypeDescriptor<T> Name(string name)
    {
        Definition.Name = name;
        return this;
    }

    public IFilterInputTypeDescriptor<T> BindFieldsExplicitly()
    {
        Definition.BindExplicitly = true;
        return this;
    }

    public IFilterInputTypeDescriptor<T> Field<TValue>(Expression<Func<T, TValue>> property, string? name = null)
    {
        Definition.Fields[PropertyOf(property)] = name;
        return this;
    }

    public IFilterInputTypeDescriptor<T> Ignore<TValue>(Expression<Func<T, TValue>> property)
    {
        Definition.Ignored.Add(PropertyOf(property));
        return this;
    }

    public IFilterInputTypeDescriptor<T> IdField<TValue>(Expression<Func<T, TValue>> property, string nodeType, string? name = null)
    {
        var member = PropertyOf(property);
        Definition.Fields[member] = name;
        Definition.IdFields[member] = nodeType;
        return this;
    }

    private static PropertyInfo PropertyOf(LambdaExpression lambda)
    {
        var body = lambda.Body is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : lambda.Body;
        return body is MemberExpression { Member: PropertyInfo property } && ReferenceEquals(((MemberExpression)body).Expression, lambda.Parameters[0])
            ? property
            : throw new ArgumentException($"\"{lambda}\" does not select a property of {typeof(T).Name}.", nameof(lambda));
    }
}

using System.Reflection;
using GraphQL.Data.Execution;
using GraphQL.Types;

namespace GraphQL.Data.Paging;

/// <summary>
/// Turns a field returning <see cref="IQueryable{T}"/> into a Relay cursor connection
/// (<c>products(first, after, last, before): ProductsConnection</c>). Page sizes default to the
/// registered <see cref="PagingOptions"/>; the properties here override them for one field.
/// </summary>
public sealed class UsePagingAttribute : ObjectFieldDescriptorAttribute
{
    public UsePagingAttribute() => Order = DataMiddlewareOrder.Paging;

    /// <summary>Overrides <see cref="PagingOptions.DefaultPageSize"/> when positive.</summary>
    public int DefaultPageSize { get; set; }

    /// <summary>Overrides <see cref="PagingOptions.MaxPageSize"/> when positive.</summary>
    public int MaxPageSize { get; set; }

    /// <summary>Whether the connection has <c>totalCount</c> (default true).</summary>
    public bool IncludeTotalCount { get; set; } = true;

    /// <summary>The connection's name without the <c>Connection</c> suffix; default: the field name in PascalCase.</summary>
    public string? ConnectionName { get; set; }

    public override void OnConfigure(IDescriptorContext context, ObjectFieldDescriptor descriptor, MemberInfo member)
    {
        var element = QueryExecution.GetElementType(context, descriptor, "UsePaging");
        if (element is null) return;
        descriptor.Features[DataFeatures.Materialized] = true;
        descriptor.Features[DataFeatures.Paging] = PagingShape.Connection;

        var node = context.GetOutputType(element);
        var connection = ConnectionTypeFactory.GetConnection(context, ConnectionName ?? ConnectionTypeFactory.NameFromField(descriptor.Name), node, IncludeTotalCount);
        descriptor.Type = descriptor.Type is NonNullType ? connection.AsNonNull() : connection;
        var intType = context.GetInputType(typeof(int));
        var stringType = context.GetInputType(typeof(string));
        descriptor.Arguments.Add(new InputValueDefinition("first", intType, "Returns the first _n_ elements from the list."));
        descriptor.Arguments.Add(new InputValueDefinition("after", stringType, "Returns the elements in the list that come after the specified cursor."));
        descriptor.Arguments.Add(new InputValueDefinition("last", intType, "Returns the last _n_ elements from the list."));
        descriptor.Arguments.Add(new InputValueDefinition("before", stringType, "Returns the elements in the list that come before the specified cursor."));
        descriptor.Middleware.Add(QueryExecution.CreateMiddleware(typeof(UsePagingAttribute), nameof(Create), element, this, descriptor.Features));
    }

    internal static FieldMiddleware Create<T>(UsePagingAttribute settings, IDictionary<string, object?> features)
    {
        var compiled = new PageQueries<T>();
        features[DataFeatures.CompiledQueries] = compiled;
        return next => async context =>
        {
            var options = QueryExecution.GetService(context, s_defaults);
            var max = settings.MaxPageSize > 0 ? settings.MaxPageSize : options.MaxPageSize;
            var defaultSize = settings.DefaultPageSize > 0 ? settings.DefaultPageSize : options.DefaultPageSize;
            var arguments = new CursorArguments(
                context.ArgumentValue<int?>("first"), context.ArgumentValue<string?>("after"), context.ArgumentValue<int?>("last"), context.ArgumentValue<string?>("before"));
            PagingValidation.Check(arguments.First, arguments.Last, max);

            var value = await next(context).ConfigureAwait(false);
            var (query, projection) = QueryExecution.Unwrap<T>(value);
            if (query is null) return value;
            var connectionType = (ObjectType)context.Field.Type.GetNamedType();
            var countTotal = settings.IncludeTotalCount && SelectionInspector.Selects(SelectionInspector.GetFields(context, connectionType), "totalCount");
            return await CursorPager.PageAsync(query, projection, arguments, Math.Min(defaultSize, max), countTotal, compiled, context.RequestAborted).ConfigureAwait(false);
        };
    }

    private static readonly PagingOptions s_defaults = new();
}

/// <summary>The argument checks shared by cursor and offset paging, each with its own code.</summary>
internal static class PagingValidation
{
    public static void Check(int? first, int? last, int max)
    {
        if (first is not null && last is not null)
        {
            DataThrow.Error("Passing both \"first\" and \"last\" to paginate a connection is not supported.", DataErrorCodes.PagingFirstLastBoth);
        }

        CheckSize("first", first, max);
        CheckSize("last", last, max);
    }

    public static void CheckSize(string argument, int? value, int max)
    {
        if (value < 0) DataThrow.Error($"\"{argument}\" must not be negative, but it is {value}.", DataErrorCodes.PagingNegative);
        if (value > max)
        {
            DataThrow.Error($"Requesting {value} records with \"{argument}\" exceeds the maximum page size of {max}.", DataErrorCodes.PagingMaxPageSizeExceeded);
        }
    }
}

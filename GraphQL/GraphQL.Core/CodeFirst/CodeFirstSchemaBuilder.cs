using System.Reflection;
using GraphQL.CodeFirst;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace GraphQL;

/// <summary>
/// Builds a <see cref="Schema"/> from annotated .NET classes, the way Hot Chocolate users write
/// schemas: <c>[QueryType]</c>/<c>[MutationType]</c>/<c>[SubscriptionType]</c> classes contribute root
/// fields, <c>[ExtendObjectType]</c> classes add fields to a type, everything else is inferred from
/// the .NET types (names, nullability, lists, enums, inputs) and can be adjusted with attributes.
/// Resolvers are compiled to delegates once, here. <see cref="Build"/> reports every problem at once
/// in a <see cref="SchemaException"/> whose sentences name the .NET members to fix.
/// </summary>
public sealed class CodeFirstSchemaBuilder
{
    private readonly List<(Type Type, string? Root)> _classes = new();
    private readonly List<Type> _types = new();
    private readonly List<NamedType> _namedTypes = new();
    private readonly List<(Type Runtime, ScalarType Scalar)> _scalars = new();

    /// <summary>
    /// Tells which parameter types are services (<c>IServiceProviderIsService</c>); the DI integration
    /// sets it. Without it, only <see cref="ServiceAttribute"/> parameters and interfaces that are
    /// not GraphQL types are services.
    /// </summary>
    public IServiceProviderIsService? ServiceLookup { get; set; }

    /// <summary>The schema's description (spec §3.3).</summary>
    public string? Description { get; set; }

    /// <summary>Adds the members of <typeparamref name="T"/> to the <c>Query</c> type.</summary>
    public CodeFirstSchemaBuilder AddQueryType<T>() => AddRootType(typeof(T), RootTypeNames.Query);

    public CodeFirstSchemaBuilder AddMutationType<T>() => AddRootType(typeof(T), RootTypeNames.Mutation);

    public CodeFirstSchemaBuilder AddSubscriptionType<T>() => AddRootType(typeof(T), RootTypeNames.Subscription);

    public CodeFirstSchemaBuilder AddQueryType(Type type) => AddRootType(type, RootTypeNames.Query);

    public CodeFirstSchemaBuilder AddMutationType(Type type) => AddRootType(type, RootTypeNames.Mutation);

    public CodeFirstSchemaBuilder AddSubscriptionType(Type type) => AddRootType(type, RootTypeNames.Subscription);

    private CodeFirstSchemaBuilder AddRootType(Type type, string root)
    {
        _classes.Add((type ?? throw new ArgumentNullException(nameof(type)), root));
        return this;
    }

    /// <summary>
    /// Adds a class marked <c>[ExtendObjectType]</c>, <c>[QueryType]</c>, <c>[MutationType]</c> or
    /// <c>[SubscriptionType]</c>: its members become fields of the type it names.
    /// </summary>
    public CodeFirstSchemaBuilder AddTypeExtension<T>() => AddTypeExtension(typeof(T));

    public CodeFirstSchemaBuilder AddTypeExtension(Type type)
    {
        _classes.Add((type ?? throw new ArgumentNullException(nameof(type)), null));
        return this;
    }

    /// <summary>
    /// Adds a .NET type even when no field returns it (e.g. an implementation of an interface or a
    /// member of a union); classes with a root or extension attribute are added as
    /// <see cref="AddTypeExtension{T}"/> does, <see cref="NamedType"/> subclasses (scalars) are created.
    /// </summary>
    public CodeFirstSchemaBuilder AddType<T>() => AddType(typeof(T));

    public CodeFirstSchemaBuilder AddType(Type type)
    {
        if (type is null) throw new ArgumentNullException(nameof(type));
        if (IsContributor(type)) return AddTypeExtension(type);
        _types.Add(type);
        return this;
    }

    /// <summary>Adds a hand-made type (a custom scalar, an SDL-defined type).</summary>
    public CodeFirstSchemaBuilder AddType(NamedType type)
    {
        _namedTypes.Add(type ?? throw new ArgumentNullException(nameof(type)));
        return this;
    }

    /// <summary>Maps <typeparamref name="TRuntime"/> to <paramref name="scalar"/> wherever it appears (overrides the built-in binding).</summary>
    public CodeFirstSchemaBuilder BindScalar<TRuntime>(ScalarType scalar) => BindScalar(typeof(TRuntime), scalar);

    public CodeFirstSchemaBuilder BindScalar(Type runtimeType, ScalarType scalar)
    {
        _scalars.Add((runtimeType ?? throw new ArgumentNullException(nameof(runtimeType)), scalar ?? throw new ArgumentNullException(nameof(scalar))));
        return this;
    }

    /// <summary>Builds and validates the schema; throws <see cref="SchemaException"/> listing every problem.</summary>
    public Schema Build()
    {
        var scalars = new ScalarBindings();
        foreach (var (runtime, scalar) in _scalars) scalars.Bind(runtime, scalar);
        var context = new SchemaBuildContext(scalars, ServiceLookup);

        foreach (var (type, root) in _classes) Register(context, type, root);
        Guard(context, () =>
        {
            foreach (var type in _namedTypes) context.AddType(type);
        });

        var query = Guard(context, () => context.GetRootType(RootTypeNames.Query));
        var mutation = Guard(context, () => context.GetRootType(RootTypeNames.Mutation));
        var subscription = Guard(context, () => context.GetRootType(RootTypeNames.Subscription));
        foreach (var type in _types) Guard(context, () => type.IsSubclassOf(typeof(NamedType)) ? context.GetNamedTypeInstance(type) : context.GetOutputType(type));

        ForceAll(context);
        CheckExtendedTypesExist(context);
        if (query is null && context.Errors.Count == 0)
        {
            context.ReportError("The schema has no query type: add a class marked [QueryType] with AddQueryType<T>() (spec §3.3.1).");
        }

        if (context.Errors.Count > 0) throw new SchemaException(context.Errors.ToArray());

        var types = new List<NamedType>();
        foreach (var type in context.Created)
        {
            if (type != query && type != mutation && type != subscription) types.Add(type);
        }

        return new Schema(new SchemaOptions
        {
            Query = query,
            Mutation = mutation,
            Subscription = subscription,
            Description = Description,
            Types = types,
        });
    }

    private static void Register(SchemaBuildContext context, Type type, string? root)
    {
        if (root is not null)
        {
            context.AddContributor(new FieldOwner(type, FieldOwnerKind.Root, null, root));
            return;
        }

        var attributes = type.GetCustomAttributes(false);
        var found = false;
        foreach (var attribute in attributes)
        {
            switch (attribute)
            {
                case QueryTypeAttribute:
                    context.AddContributor(new FieldOwner(type, FieldOwnerKind.Root, null, RootTypeNames.Query));
                    found = true;
                    break;
                case MutationTypeAttribute:
                    context.AddContributor(new FieldOwner(type, FieldOwnerKind.Root, null, RootTypeNames.Mutation));
                    found = true;
                    break;
                case SubscriptionTypeAttribute:
                    context.AddContributor(new FieldOwner(type, FieldOwnerKind.Root, null, RootTypeNames.Subscription));
                    found = true;
                    break;
                case ExtendObjectTypeAttribute extend:
                    found = true;
                    Guard(context, () =>
                    {
                        var name = extend.Name ?? context.GetOutputType(extend.ExtendedType!).Name;
                        var kind = name is RootTypeNames.Query or RootTypeNames.Mutation or RootTypeNames.Subscription ? FieldOwnerKind.Root : FieldOwnerKind.Extension;
                        context.AddContributor(new FieldOwner(type, kind, extend.ExtendedType, name));
                    });
                    break;
            }
        }

        if (!found)
        {
            context.ReportError(
                $"\"{TypeShape.DisplayName(type)}\" was added as a type extension but has none of [QueryType], [MutationType], [SubscriptionType] or [ExtendObjectType].");
        }
    }

    private static bool IsContributor(Type type) =>
        type.IsDefined(typeof(QueryTypeAttribute), false) || type.IsDefined(typeof(MutationTypeAttribute), false)
        || type.IsDefined(typeof(SubscriptionTypeAttribute), false) || type.IsDefined(typeof(ExtendObjectTypeAttribute), false);

    /// <summary>
    /// Builds every type's fields now (they create the types they refer to, so this runs until no new
    /// type appears), so that mapping errors are collected before the schema is assembled and so that
    /// unions see every registered object type.
    /// </summary>
    private static void ForceAll(SchemaBuildContext context)
    {
        for (var i = 0; i < context.Created.Count; i++)
        {
            var type = context.Created[i];
            Guard(context, () =>
            {
                switch (type)
                {
                    case ComplexType complex:
                        _ = complex.Fields;
                        _ = complex.Interfaces;
                        break;
                    case InputObjectType input:
                        _ = input.Fields;
                        break;
                }

                return type;
            });
        }
    }

    private static void CheckExtendedTypesExist(SchemaBuildContext context)
    {
        foreach (var name in context.ContributedTypeNames)
        {
            if (name is RootTypeNames.Query or RootTypeNames.Mutation or RootTypeNames.Subscription) continue;
            if (context.FindType(name) is ObjectType or InterfaceType) continue;
            foreach (var owner in context.GetContributors(name))
            {
                context.ReportError($"\"{TypeShape.DisplayName(owner.Class)}\" extends the type \"{name}\", which is not an object type of the schema.");
            }
        }
    }

    private static void Guard(SchemaBuildContext context, Action action) => Guard<object>(context, () =>
    {
        action();
        return null;
    });

    private static T? Guard<T>(SchemaBuildContext context, Func<T?> action) where T : class
    {
        try
        {
            return action();
        }
        catch (TypeMappingException ex)
        {
            context.ReportError(ex.Message.Length > 0 ? char.ToUpperInvariant(ex.Message[0]) + ex.Message.Substring(1) : ex.Message);
        }
        catch (MemberMappingException ex)
        {
            context.ReportError(ex.Message);
        }
        catch (SchemaException ex)
        {
            foreach (var error in ex.Errors) context.ReportError(error);
        }

        return null;
    }
}

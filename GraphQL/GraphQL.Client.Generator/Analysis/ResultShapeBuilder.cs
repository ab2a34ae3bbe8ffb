using System.Collections.Generic;
using GraphQL.Client.Generator.Model;
using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Client.Generator.Analysis;

/// <summary>A generated result interface: the merged selection set of one type at one response path.</summary>
internal sealed class Shape
{
    public Shape(string name, string childPrefix, NamedType type, List<Shape> bases)
    {
        Name = name;
        ChildPrefix = childPrefix;
        Type = type;
        Bases = bases;
    }

    /// <summary>The class name; the interface is <c>I</c> + this.</summary>
    public string Name { get; }

    public string Interface => "I" + Name;

    /// <summary>The prefix of the names of the shapes of this shape's fields.</summary>
    public string ChildPrefix { get; }

    public NamedType Type { get; }

    public List<Shape> Bases { get; }

    public List<FieldShape> Fields { get; } = new();

    public Dictionary<string, FieldShape> ByName { get; } = new();

    /// <summary>For a shape of an abstract type: the shape of each possible object type, by type name.</summary>
    public Dictionary<string, Shape>? PerType { get; set; }

    /// <summary>This shape's interface and every interface it extends, transitively.</summary>
    public IEnumerable<Shape> Ancestors()
    {
        var seen = new HashSet<string>();
        var stack = new Stack<Shape>(Bases);
        while (stack.Count > 0)
        {
            var shape = stack.Pop();
            if (!seen.Add(shape.Name)) continue;
            yield return shape;
            foreach (var b in shape.Bases) stack.Push(b);
        }
    }
}

internal sealed class FieldShape
{
    public FieldShape(string responseName, string propertyName, string type, Shape? sub, string readExpression)
    {
        ResponseName = responseName;
        PropertyName = propertyName;
        Type = type;
        Sub = sub;
        ReadExpression = readExpression;
    }

    public string ResponseName { get; }

    public string PropertyName { get; }

    /// <summary>The C# type of the property.</summary>
    public string Type { get; }

    /// <summary>The shape of the field's selection set, for fields of composite type.</summary>
    public Shape? Sub { get; }

    /// <summary>Reads the field's JSON value <c>{v}</c>.</summary>
    public string ReadExpression { get; }
}

/// <summary>Where the generated types of one operation or fragment go.</summary>
internal sealed class ShapeOutput
{
    public ShapeOutput(bool emitClasses) => EmitClasses = emitClasses;

    public bool EmitClasses { get; }

    public List<InterfaceModel> Interfaces { get; } = new();

    public List<ClassModel> Classes { get; } = new();

    public List<AbstractParserModel> AbstractParsers { get; } = new();
}

/// <summary>
/// Turns selection sets into result types, as StrawberryShake shapes them: one interface per selection set
/// and type (<c>IGetProducts_Products_Nodes</c>), named fragments as interfaces that result interfaces extend,
/// fields of abstract type as a base interface plus one interface and class per possible type
/// (<c>IGetX_Search_Product</c>) chosen by <c>__typename</c>, immutable records implementing them, and the
/// reflection-free parsers that read them from JSON.
/// </summary>
internal sealed class ResultShapeBuilder
{
    private const string Readers = "global::GraphQL.Client.Serialization.JsonReaders.";
    private const string TypeNameField = "__typename";

    private readonly Schema _schema;
    private readonly SelectionCollector _collector;
    private readonly IReadOnlyDictionary<string, FragmentDefinitionNode> _fragments;
    private readonly Dictionary<string, (Shape Shape, ShapeOutput Output)> _fragmentShapes = new();

    public ResultShapeBuilder(Schema schema, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments)
    {
        _schema = schema;
        _fragments = fragments;
        _collector = new SelectionCollector(schema, fragments);
    }

    /// <summary>The interfaces of a named fragment (built once, shared by every operation that spreads it).</summary>
    public (Shape Shape, ShapeOutput Output) Fragment(string name)
    {
        if (_fragmentShapes.TryGetValue(name, out var built)) return built;
        var fragment = _fragments[name];
        var type = _schema.GetType(fragment.TypeCondition.Name.Value)!;
        var output = new ShapeOutput(emitClasses: false);
        var shape = BuildShape(name, name, type, new[] { fragment.SelectionSet }, new List<Shape>(), output);
        _fragmentShapes[name] = (shape, output);
        return (shape, output);
    }

    /// <summary>The result types of an operation; the root is <c>I&lt;Op&gt;Result</c>.</summary>
    public Shape Operation(OperationDefinitionNode operation, string name, ShapeOutput output)
    {
        var root = _schema.GetRootType(operation.Operation)!;
        return BuildObject(name + "Result", name, root, new[] { operation.SelectionSet }, new List<Shape>(), output, withTypeName: false);
    }

    private Shape BuildShape(string name, string childPrefix, NamedType type, IReadOnlyList<SelectionSetNode> sets, List<Shape> inherited, ShapeOutput output) =>
        type is ObjectType obj
            ? BuildObject(name, childPrefix, obj, sets, inherited, output, withTypeName: false)
            : BuildAbstract(name, type, sets, inherited, output);

    private Shape BuildObject(
        string name, string childPrefix, ObjectType type, IReadOnlyList<SelectionSetNode> sets, List<Shape> inherited, ShapeOutput output, bool withTypeName)
    {
        var collected = _collector.Collect(type, sets);
        var bases = new List<Shape>();
        foreach (var b in inherited) AddBase(bases, ForType(b, type));
        foreach (var f in collected.Fragments) AddBase(bases, ForType(Fragment(f).Shape, type));

        var shape = new Shape(name, childPrefix, type, bases);
        if (withTypeName && !collected.ByName.ContainsKey(TypeNameField)) AddTypeNameField(shape);
        foreach (var field in collected.Fields) AddField(shape, field, output);

        output.Interfaces.Add(InterfaceOf(shape));
        if (output.EmitClasses) output.Classes.Add(ClassOf(shape));
        return shape;
    }

    private Shape BuildAbstract(string name, NamedType type, IReadOnlyList<SelectionSetNode> sets, List<Shape> inherited, ShapeOutput output)
    {
        var collected = _collector.Collect(type, sets);
        var bases = new List<Shape>();
        foreach (var b in inherited) AddBase(bases, b);
        foreach (var f in collected.Fragments) AddBase(bases, Fragment(f).Shape);

        var shape = new Shape(name, name, type, bases);
        if (!collected.ByName.ContainsKey(TypeNameField)) AddTypeNameField(shape);
        foreach (var field in collected.Fields) AddField(shape, field, output);
        output.Interfaces.Add(InterfaceOf(shape));

        // `... on Error { message }` inside a union: an interface per such type condition, implemented by the
        // possible types that implement it, so callers read `message` without knowing the concrete type.
        var conditions = new List<Shape>();
        foreach (var condition in InterfaceConditions(type, sets))
        {
            conditions.Add(BuildInterfaceCondition(name + "_" + condition.Name, condition, sets, shape, output));
        }

        shape.PerType = new Dictionary<string, Shape>();
        var cases = new List<TypeCaseModel>();
        foreach (var possible in _schema.GetPossibleTypes(type))
        {
            var concreteInherited = new List<Shape> { shape };
            foreach (var c in conditions)
            {
                if (_schema.IsSubType(c.Type, possible)) concreteInherited.Add(c);
            }

            foreach (var b in inherited)
            {
                var resolved = ForType(b, possible);
                if (!ReferenceEquals(resolved, b)) concreteInherited.Add(resolved);
            }

            var concrete = BuildObject(name + "_" + possible.Name, name + "_" + possible.Name, possible, sets, concreteInherited, output, withTypeName: true);
            shape.PerType[possible.Name] = concrete;
            cases.Add(new TypeCaseModel(possible.Name, "Parse_" + concrete.Name));
        }

        if (output.EmitClasses) output.AbstractParsers.Add(new AbstractParserModel("Parse_" + name, shape.Interface, cases.ToEquatableArray()));
        return shape;
    }

    /// <summary>Interface types named by inline fragments of an abstract selection that are not supertypes of it.</summary>
    private List<InterfaceType> InterfaceConditions(NamedType type, IReadOnlyList<SelectionSetNode> sets)
    {
        var result = new List<InterfaceType>();
        foreach (var set in sets)
        {
            foreach (var selection in set.Selections)
            {
                if (selection is InlineFragmentNode { TypeCondition: { } condition }
                    && _schema.GetType(condition.Name.Value) is InterfaceType iface
                    && !_collector.Applies(iface, type)
                    && !result.Contains(iface))
                {
                    result.Add(iface);
                }
            }
        }

        return result;
    }

    /// <summary>The interface of the fields selected for an interface type condition (no classes: the possible types have them).</summary>
    private Shape BuildInterfaceCondition(string name, InterfaceType condition, IReadOnlyList<SelectionSetNode> sets, Shape abstractShape, ShapeOutput output)
    {
        var interfacesOnly = new ShapeOutput(emitClasses: false);
        var collected = _collector.Collect(condition, sets);
        var bases = new List<Shape> { abstractShape };
        foreach (var f in collected.Fragments) AddBase(bases, Fragment(f).Shape);
        var shape = new Shape(name, name, condition, bases);
        if (!collected.ByName.ContainsKey(TypeNameField)) AddTypeNameField(shape);
        foreach (var field in collected.Fields) AddField(shape, field, interfacesOnly);
        interfacesOnly.Interfaces.Add(InterfaceOf(shape));
        output.Interfaces.AddRange(interfacesOnly.Interfaces);
        return shape;
    }

    private static Shape ForType(Shape shape, NamedType type) =>
        shape.PerType is not null && shape.PerType.TryGetValue(type.Name, out var concrete) ? concrete : shape;

    private static void AddBase(List<Shape> bases, Shape shape)
    {
        foreach (var b in bases)
        {
            if (b.Name == shape.Name) return;
        }

        bases.Add(shape);
    }

    private static void AddTypeNameField(Shape shape)
    {
        var field = new FieldShape(TypeNameField, TypeNameField, "string", null, Readers + "ReadString({v})");
        shape.Fields.Add(field);
        shape.ByName.Add(TypeNameField, field);
    }

    private void AddField(Shape shape, CollectedField field, ShapeOutput output)
    {
        FieldShape result;
        if (field.Definition is null)
        {
            // __typename is String!; the introspection meta fields are handed over as JSON.
            result = field.Node.Name.Value == TypeNameField
                ? new FieldShape(field.ResponseName, Names.Pascal(field.ResponseName), field.Conditional ? "string?" : "string", null,
                    field.Conditional ? Nullable(Readers + "ReadString({v})", "string") : Readers + "ReadString({v})")
                : new FieldShape(field.ResponseName, Names.Pascal(field.ResponseName), ScalarMap.Unknown.Type, null, Readers + "ReadJsonElement({v})");
        }
        else
        {
            var type = field.Definition.Type;
            var named = type.GetNamedType();
            Shape? sub = null;
            if (named is ComplexType or UnionType)
            {
                var subInherited = new List<Shape>();
                foreach (var b in shape.Bases)
                {
                    if (b.ByName.TryGetValue(field.ResponseName, out var baseField) && baseField.Sub is not null) AddBase(subInherited, baseField.Sub);
                }

                var subName = shape.ChildPrefix + "_" + Names.Pascal(field.ResponseName);
                sub = BuildShape(subName, subName, named, field.SubSelections, subInherited, output);
            }

            result = new FieldShape(
                field.ResponseName,
                Names.Pascal(field.ResponseName),
                OutputType(type, field.Conditional, sub),
                sub,
                ReadExpression(type, field.Conditional, sub, "{v}", 0));
        }

        shape.Fields.Add(result);
        shape.ByName.Add(result.ResponseName, result);
    }

    /// <summary>The C# type of an output field: nullable exactly when the schema says so or the field is conditional.</summary>
    private static string OutputType(GraphQLType type, bool forceNullable, Shape? sub)
    {
        if (type is NonNullType nonNull && !forceNullable) return OutputNonNull(nonNull.OfType, sub);
        return OutputNonNull(type.Nullable, sub) + "?";
    }

    private static string OutputNonNull(GraphQLType type, Shape? sub) => type switch
    {
        ListType list => "global::System.Collections.Generic.IReadOnlyList<" + OutputType(list.OfType, false, sub) + ">",
        ScalarType scalar => ScalarMap.Get(scalar.Name).Type,
        EnumType e => e.Name,
        _ => sub!.Interface,
    };

    private static string ReadExpression(GraphQLType type, bool forceNullable, Shape? sub, string value, int depth)
    {
        if (type is NonNullType nonNull && !forceNullable) return ReadNonNull(nonNull.OfType, sub, value, depth);
        var inner = type.Nullable;
        return Nullable(ReadNonNull(inner, sub, value, depth), OutputNonNull(inner, sub)).Replace("{v}", value);
    }

    private static string Nullable(string read, string type) => Readers + "IsNull({v}) ? default(" + type + "?) : " + read;

    private static string ReadNonNull(GraphQLType type, Shape? sub, string value, int depth)
    {
        switch (type)
        {
            case ListType list:
                var element = "e" + depth;
                return Readers + "ReadList<" + OutputType(list.OfType, false, sub) + ">(" + value + ", static " + element + " => "
                    + ReadExpression(list.OfType, false, sub, element, depth + 1) + ")";
            case ScalarType scalar:
                return ScalarMap.Get(scalar.Name).Reader + "(" + value + ")";
            case EnumType e:
                return e.Name + "Serializer.Parse(" + Readers + "ReadString(" + value + "))";
            default:
                return "Parse_" + sub!.Name + "(" + value + ")";
        }
    }

    private static InterfaceModel InterfaceOf(Shape shape)
    {
        var declared = new HashSet<string>();
        foreach (var ancestor in shape.Ancestors())
        {
            foreach (var f in ancestor.Fields) declared.Add(f.PropertyName);
        }

        var properties = new List<PropertyModel>();
        foreach (var field in shape.Fields) properties.Add(new PropertyModel(field.PropertyName, field.Type, declared.Contains(field.PropertyName)));
        var bases = new List<string>();
        foreach (var b in shape.Bases) bases.Add(b.Interface);
        return new InterfaceModel(shape.Interface, bases.ToEquatableArray(), properties.ToEquatableArray());
    }

    private static ClassModel ClassOf(Shape shape)
    {
        var properties = new List<ClassPropertyModel>();
        foreach (var field in shape.Fields) properties.Add(new ClassPropertyModel(field.PropertyName, field.Type, field.ResponseName, field.ReadExpression));

        // A base interface declaring a field with a less derived type (a fragment's own result interface) is
        // implemented explicitly: C# interface implementations are not covariant.
        var explicitProperties = new List<ExplicitPropertyModel>();
        var seen = new HashSet<string>();
        foreach (var ancestor in shape.Ancestors())
        {
            foreach (var f in ancestor.Fields)
            {
                if (shape.ByName.TryGetValue(f.ResponseName, out var own) && own.Type != f.Type && seen.Add(ancestor.Interface + "." + f.PropertyName))
                {
                    explicitProperties.Add(new ExplicitPropertyModel(ancestor.Interface, f.PropertyName, f.Type));
                }
            }
        }

        return new ClassModel(shape.Name, shape.Interface, "Parse_" + shape.Name, properties.ToEquatableArray(), explicitProperties.ToEquatableArray());
    }
}

using GraphQL.Client.Generator.Analysis;
using GraphQL.Client.Generator.Model;

namespace GraphQL.Client.Generator.Emit;

/// <summary>
/// Writes a schema enum (a C# enum plus a serializer mapping GraphQL names) or an input object (a class whose
/// optional fields remember whether they were set, so "not set" and "null" are sent differently, spec §3.10).
/// </summary>
internal static class SchemaTypeEmitter
{
    private const string Writer = "global::System.Text.Json.Utf8JsonWriter";

    public static string Emit(SchemaTypeModel model) => model.Kind == "enum" ? EmitEnum(model) : EmitInput(model);

    private static string EmitEnum(SchemaTypeModel model)
    {
        var writer = CodeWriter.ForNamespace(model.Namespace);
        writer.Line("[global::System.CodeDom.Compiler.GeneratedCode(\"GraphQL.Client.Generator\", \"1.0\")]");
        writer.Line("public enum " + model.Name).Open();
        foreach (var m in model.Members) writer.Line(m.Name + ",");
        writer.Close().Line();

        writer.Line("/// <summary>Maps <see cref=\"" + model.Name + "\"/> to and from its GraphQL names.</summary>");
        writer.Line("[global::System.CodeDom.Compiler.GeneratedCode(\"GraphQL.Client.Generator\", \"1.0\")]");
        writer.Line("public static partial class " + model.Name + "Serializer").Open();
        writer.Line("public static " + model.Name + " Parse(string value) => value switch").Open();
        foreach (var m in model.Members) writer.Line(Names.Literal(m.GraphQLName) + " => " + model.Name + "." + m.Name + ",");
        writer.Line("_ => throw global::GraphQL.Client.Serialization.JsonReaders.UnknownValue(" + Names.Literal(model.Name + " value") + ", value),");
        writer.Close(";").Line();
        writer.Line("public static string Format(" + model.Name + " value) => value switch").Open();
        foreach (var m in model.Members) writer.Line(model.Name + "." + m.Name + " => " + Names.Literal(m.GraphQLName) + ",");
        writer.Line("_ => throw new global::System.ArgumentOutOfRangeException(nameof(value)),");
        writer.Close(";");
        writer.Close();
        return writer.Finish();
    }

    private static string EmitInput(SchemaTypeModel model)
    {
        var writer = CodeWriter.ForNamespace(model.Namespace);
        if (model.IsOneOf) writer.Line("/// <summary>A @oneOf input object: set exactly one property.</summary>");
        writer.Line("[global::System.CodeDom.Compiler.GeneratedCode(\"GraphQL.Client.Generator\", \"1.0\")]");
        writer.Line("public sealed partial class " + model.Name).Open();
        foreach (var m in model.Members)
        {
            var field = Field(m);
            if (m.Required)
            {
                writer.Line("private " + m.Type + " " + field + " = default!;");
                writer.Line();
                writer.Line("public required " + m.Type + " " + m.Name + " { get => " + field + "; init => " + field + " = value; }");
            }
            else
            {
                writer.Line("private " + m.Type + " " + field + ";");
                writer.Line("private bool " + field + "Set;");
                writer.Line();
                writer.Line("/// <summary>Sent only when set (also when set to null).</summary>");
                writer.Line("public " + m.Type + " " + m.Name + " { get => " + field + "; init { " + field + " = value; " + field + "Set = true; } }");
            }

            writer.Line();
        }

        writer.Line("internal void WriteJson(" + Writer + " writer)").Open();
        writer.Line("writer.WriteStartObject();");
        foreach (var m in model.Members)
        {
            var write = "writer.WritePropertyName(" + Names.Literal(m.GraphQLName) + "); " + m.WriteCode;
            writer.Line(m.Required ? write : "if (" + Field(m) + "Set) { " + write + " }");
        }

        writer.Line("writer.WriteEndObject();");
        writer.Close();
        writer.Close();
        return writer.Finish();
    }

    private static string Field(SchemaMemberModel member) => "_" + Names.Parameter(member.GraphQLName).TrimStart('@');
}

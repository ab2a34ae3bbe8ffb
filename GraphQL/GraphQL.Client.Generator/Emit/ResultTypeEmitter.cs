using System.Collections.Generic;
using GraphQL.Client.Generator.Model;

namespace GraphQL.Client.Generator.Emit;

/// <summary>Writes result interfaces, result records and their JSON parsers.</summary>
internal static class ResultTypeEmitter
{
    private const string JsonElement = "global::System.Text.Json.JsonElement";
    private const string Readers = "global::GraphQL.Client.Serialization.JsonReaders";

    public static void WriteInterface(CodeWriter writer, InterfaceModel model)
    {
        var bases = model.Bases.Count == 0 ? "" : " : " + string.Join(", ", model.Bases);
        writer.Line("[global::System.CodeDom.Compiler.GeneratedCode(\"GraphQL.Client.Generator\", \"1.0\")]");
        writer.Line("public partial interface " + model.Name + bases).Open();
        foreach (var property in model.Properties)
        {
            writer.Line((property.IsNew ? "new " : "") + property.Type + " " + property.Name + " { get; }");
        }

        writer.Close().Line();
    }

    public static void WriteClass(CodeWriter writer, ClassModel model)
    {
        var parameters = new List<string>();
        foreach (var p in model.Properties) parameters.Add(p.Type + " " + p.Name);
        writer.Line("[global::System.CodeDom.Compiler.GeneratedCode(\"GraphQL.Client.Generator\", \"1.0\")]");
        var declaration = "public sealed partial record " + model.Name + "(" + string.Join(", ", parameters) + ") : " + model.Interface;
        if (model.ExplicitProperties.Count == 0)
        {
            writer.Line(declaration + ";").Line();
            return;
        }

        writer.Line(declaration).Open();
        foreach (var p in model.ExplicitProperties) writer.Line(p.Type + " " + p.Interface + "." + p.Name + " => " + p.Name + ";");
        writer.Close().Line();
    }

    public static void WriteParsers(CodeWriter writer, string className, OperationModel model)
    {
        writer.Line("/// <summary>Reads the results of " + model.Name + " from JSON without reflection.</summary>");
        writer.Line("[global::System.CodeDom.Compiler.GeneratedCode(\"GraphQL.Client.Generator\", \"1.0\")]");
        writer.Line("internal static class " + className).Open();
        var first = true;
        foreach (var c in model.Classes)
        {
            if (!first) writer.Line();
            first = false;
            writer.Line("public static " + c.Interface + " " + c.Parser + "(" + JsonElement + " obj)").Open();
            var arguments = new List<string>();
            for (var i = 0; i < c.Properties.Count; i++)
            {
                var p = c.Properties[i];
                writer.Line("var p" + i + " = " + Readers + ".Property(obj, " + GraphQL.Client.Generator.Analysis.Names.Literal(p.JsonName) + ");");
                arguments.Add(p.ReadExpression.Replace("{v}", "p" + i));
            }

            if (arguments.Count == 0)
            {
                writer.Line("return new " + c.Name + "();");
            }
            else
            {
                writer.Line("return new " + c.Name + "(");
                for (var i = 0; i < arguments.Count; i++) writer.Line("    " + arguments[i] + (i == arguments.Count - 1 ? ");" : ","));
            }

            writer.Close();
        }

        foreach (var a in model.AbstractParsers)
        {
            writer.Line();
            writer.Line("public static " + a.Interface + " " + a.Parser + "(" + JsonElement + " obj)").Open();
            writer.Line("var typeName = " + Readers + ".ReadTypeName(obj);");
            writer.Line("switch (typeName)").Open();
            foreach (var c in a.Cases) writer.Line("case " + GraphQL.Client.Generator.Analysis.Names.Literal(c.TypeName) + ": return " + c.Parser + "(obj);");
            writer.Line("default: throw " + Readers + ".UnknownValue(\"__typename\", typeName);");
            writer.Close();
            writer.Close();
        }

        writer.Close();
    }
}

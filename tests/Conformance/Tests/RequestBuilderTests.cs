using Policy.Conformance.Running;
using Policy.Runtime.Types;
using Policy.Runtime.Values;

namespace Policy.Conformance.Tests;

public sealed class RequestBuilderTests
{
    [Fact]
    public void Flags_declarations_and_bindings_reach_the_request()
    {
        var test = Snippets.Test("""
            expr: "x + f(y)" container: "com.example" disable_check: true check_only: true disable_macros: true
            type_env { name: "x" ident { type { primitive: INT64 } } }
            type_env { name: "y" ident { } }
            type_env { name: "f" function { overloads { overload_id: "f_A" type_params: "A" params { type_param: "A" } result_type { list_type { elem_type { type_param: "A" } } } } } }
            type_env { name: "f" function { overloads { overload_id: "f_s" is_instance_function: true params { primitive: STRING } } } }
            bindings { key: "x" value { value { int64_value: 5 } } }
            bindings { key: "y" value { value { map_value { entries { key { string_value: "a" } value { uint64_value: 1 } } } } } }
            """);
        Assert.True(RequestBuilder.TryBuild(test, out var request, out var problem), problem);
        Assert.Equal(("x + f(y)", "com.example"), (request.Expr, request.Container));
        Assert.True(request.DisableCheck && request.CheckOnly && request.DisableMacros);
        Assert.Equal(CelType.Int, request.Identifiers["x"]);
        Assert.Equal(CelType.Dyn, request.Identifiers["y"]);

        var f = Assert.Single(request.Functions);
        Assert.Equal("f", f.Name);
        Assert.Equal(["f_A", "f_s"], f.Overloads.Select(o => o.Id));
        Assert.Equal([CelType.Param("A")], f.Overloads[0].Parameters);
        Assert.Equal(CelType.List(CelType.Param("A")), f.Overloads[0].Result);
        Assert.Equal(["A"], f.Overloads[0].TypeParams);
        Assert.True(f.Overloads[1].IsInstance);
        Assert.Equal(CelType.Dyn, f.Overloads[1].Result);

        Assert.Equal(5, Assert.IsType<CelInt>(request.Bindings["x"]).Value);
        var map = Assert.IsType<CelMap>(request.Bindings["y"], exactMatch: false);
        Assert.True(map.TryGetValue(CelString.Of("a"), out var one));
        Assert.Equal(CelKind.Uint, one.Kind);
    }

    [Fact]
    public void A_binding_that_cannot_convert_is_reported_by_name()
    {
        var test = Snippets.Test("expr: 'x' bindings { key: 'x' value { value { enum_value { type: 'pkg.E' } } } }");
        Assert.False(RequestBuilder.TryBuild(test, out _, out var problem));
        Assert.Equal("binding 'x': enum value of pkg.E needs protobuf support", problem);
    }

    [Fact]
    public void A_declaration_that_cannot_convert_is_reported_by_name()
    {
        var test = Snippets.Test("expr: 'x' type_env { name: 'x' ident { type { wrapper: BOOL } } }");
        Assert.False(RequestBuilder.TryBuild(test, out _, out var problem));
        Assert.Equal("identifier 'x': wrapper type BOOL needs protobuf support", problem);
    }
}

// The Common Expression Language, written for this project from the CEL language
// definition (github.com/google/cel-spec, doc/langdef.md).
//
// Precedence, lowest first: ?: (right-associative), ||, &&, relations (one level,
// left-associative), + -, * / %, unary ! and -, then member, call, index and message
// construction. Escape sequences are lexed loosely and validated when the syntax tree is
// built, so that a bad escape gets a precise diagnostic instead of a lexer failure.
grammar Cel;

start
    : expr EOF
    ;

expr
    : cond=conditionalOr (op='?' then=conditionalOr ':' otherwise=expr)?
    ;

conditionalOr
    : first=conditionalAnd (ops+='||' rest+=conditionalAnd)*
    ;

conditionalAnd
    : first=relation (ops+='&&' rest+=relation)*
    ;

relation
    : calc
    | relation op=('<' | '<=' | '>=' | '>' | '==' | '!=' | 'in') relation
    ;

calc
    : unary
    | calc op=('*' | '/' | '%') calc
    | calc op=('+' | '-') calc
    ;

unary
    : member                    # MemberExpr
    | (ops+='!')+ member        # LogicalNot
    | (ops+='-')+ member        # Negate
    ;

member
    : primary                                                       # PrimaryExpr
    | member op='.' opt='?'? field=escapeIdent                       # Select
    | member op='.' name=IDENTIFIER open='(' args=exprList? ')'       # MemberCall
    | member op='[' opt='?'? index=expr ']'                          # Index
    ;

primary
    : leadingDot='.'? id=IDENTIFIER                                              # Ident
    | leadingDot='.'? id=IDENTIFIER op='(' args=exprList? ')'                   # GlobalCall
    | '(' e=expr ')'                                                           # Nested
    | op='[' elems=listInit? ','? ']'                                          # CreateList
    | op='{' entries=mapInit? ','? '}'                                         # CreateMap
    | leadingDot='.'? ids+=IDENTIFIER (ops+='.' ids+=IDENTIFIER)*
        op='{' entries=fieldInit? ','? '}'                                     # CreateMessage
    | literal                                                                  # ConstantLiteral
    ;

exprList
    : e+=expr (',' e+=expr)*
    ;

listInit
    : elems+=optExpr (',' elems+=optExpr)*
    ;

mapInit
    : keys+=optExpr cols+=':' values+=expr (',' keys+=optExpr cols+=':' values+=expr)*
    ;

fieldInit
    : fields+=optField cols+=':' values+=expr (',' fields+=optField cols+=':' values+=expr)*
    ;

optExpr
    : opt='?'? e=expr
    ;

optField
    : opt='?'? field=escapeIdent
    ;

escapeIdent
    : id=IDENTIFIER        # SimpleIdentifier
    | id=ESC_IDENTIFIER    # EscapedIdentifier
    ;

literal
    : tok=NUM_INT      # Int
    | tok=NUM_UINT     # Uint
    | tok=NUM_FLOAT    # Double
    | tok=STRING       # String
    | tok=BYTES        # Bytes
    | tok='true'       # BoolTrue
    | tok='false'      # BoolFalse
    | tok='null'       # Null
    ;

// Lexer

EQUALS : '==';
NOT_EQUALS : '!=';
IN : 'in';
LESS : '<';
LESS_EQUALS : '<=';
GREATER_EQUALS : '>=';
GREATER : '>';
LOGICAL_AND : '&&';
LOGICAL_OR : '||';
LBRACKET : '[';
RBRACKET : ']';
LBRACE : '{';
RBRACE : '}';
LPAREN : '(';
RPAREN : ')';
DOT : '.';
COMMA : ',';
MINUS : '-';
EXCLAM : '!';
QUESTIONMARK : '?';
COLON : ':';
PLUS : '+';
STAR : '*';
SLASH : '/';
PERCENT : '%';
CEL_TRUE : 'true';
CEL_FALSE : 'false';
NUL : 'null';

fragment BACKSLASH : '\\';
fragment LETTER : [a-zA-Z];
fragment DIGIT : [0-9];
fragment HEXDIGIT : [0-9a-fA-F];
fragment EXPONENT : [eE] [+-]? DIGIT+;
fragment RAW : [rR];
// Any backslash pair; the syntax-tree builder checks that it is a valid escape.
fragment ESCAPE : BACKSLASH .;

WHITESPACE : [\t\n\f\r ]+ -> channel(HIDDEN);
// A comment runs to the next line feed; a lone carriage return does not end it.
COMMENT : '//' ~'\n'* -> channel(HIDDEN);

NUM_FLOAT
    : DIGIT+ '.' DIGIT+ EXPONENT?
    | DIGIT+ EXPONENT
    | '.' DIGIT+ EXPONENT?
    ;

NUM_INT
    : DIGIT+
    | '0x' HEXDIGIT+
    ;

NUM_UINT
    : DIGIT+ [uU]
    | '0x' HEXDIGIT+ [uU]
    ;

STRING
    : '"' (ESCAPE | ~('\\' | '"' | '\n' | '\r'))* '"'
    | '\'' (ESCAPE | ~('\\' | '\'' | '\n' | '\r'))* '\''
    | '"""' (ESCAPE | ~'\\')*? '"""'
    | '\'\'\'' (ESCAPE | ~'\\')*? '\'\'\''
    | RAW '"' ~('"' | '\n' | '\r')* '"'
    | RAW '\'' ~('\'' | '\n' | '\r')* '\''
    | RAW '"""' .*? '"""'
    | RAW '\'\'\'' .*? '\'\'\''
    ;

BYTES : [bB] STRING;

IDENTIFIER : (LETTER | '_') (LETTER | DIGIT | '_')*;

ESC_IDENTIFIER : '`' (LETTER | DIGIT | '_' | '.' | '-' | '/' | ' ')+ '`';

// Anything else becomes a token the parser cannot use, so the error is reported by the
// parser with its position rather than silently dropped by the lexer.
ERROR_CHAR : .;

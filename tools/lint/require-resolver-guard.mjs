// Every GraphQL operation must state who may call it: the global AuthGuard
// needs a session by default, so a resolver method carrying @Query, @Mutation
// or @Subscription must also carry @Public, @WithoutTeam or @Roles, or sit in
// a class that carries one of them — or be in a class marked @Authenticated.
const OPERATION = new Set(['Query', 'Mutation', 'Subscription']);
const ACCESS = new Set(['Public', 'WithoutTeam', 'Roles', 'Authenticated']);

function decoratorNames(node) {
  return (node.decorators ?? []).map((decorator) => {
    const expression = decorator.expression;

    return expression.type === 'CallExpression' ? expression.callee.name : expression.name;
  });
}

export default {
  meta: {
    type: 'problem',
    docs: { description: 'Resolver operations must declare their access (@Public, @WithoutTeam, @Roles or @Authenticated)' },
    messages: {
      missing: 'GraphQL operation "{{name}}" declares no access: add @Public(), @WithoutTeam(), @Roles(...) or @Authenticated() to it or its class.',
    },
    schema: [],
  },
  create(context) {
    return {
      MethodDefinition(node) {
        const names = decoratorNames(node);
        if (!names.some((name) => OPERATION.has(name))) {
          return;
        }
        const classNames = decoratorNames(node.parent.parent);
        if ([...names, ...classNames].some((name) => ACCESS.has(name))) {
          return;
        }
        context.report({ node: node.key, messageId: 'missing', data: { name: node.key.name } });
      },
    };
  },
};

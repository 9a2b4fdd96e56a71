import { SnakeNamingStrategy } from './snake-naming.strategy';

describe(SnakeNamingStrategy.name, () => {
  const sut = new SnakeNamingStrategy();

  it('should derive table names from entity classes without the suffix', () => {
    expect(sut.tableName('AuditEventEntity')).toBe('audit_event');
  });

  it('should snake-case column names', () => {
    expect(sut.columnName('currentTeamId', undefined, [])).toBe('current_team_id');
    expect(sut.columnName('tokenHash', undefined, [])).toBe('token_hash');
  });
});

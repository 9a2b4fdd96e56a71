import { Args, Query, Resolver } from '@nestjs/graphql';

import { CurrentActor, Roles } from '@api/core/auth/auth.decorators';
import type { Actor } from '@api/core/auth/request-auth';
import { TeamRole } from '@api/core/auth/team-role';
import type { ConnectionShape } from '@api/core/graphql/connection';

import { AuditLogReadModel } from './audit-log.read-model';
import { AuditEventConnection, AuditEventsArgs, AuditFacetsModel, type AuditEventModel } from './dto/audit-event.model';

@Resolver()
export class AuditLogResolver {
  constructor(private readonly auditLog: AuditLogReadModel) {}

  @Roles(TeamRole.COORDINATOR)
  @Query(() => AuditEventConnection, { description: 'The current team\u2019s audit trail, newest first, paged. Coordinators only.' })
  auditEvents(@CurrentActor() actor: Actor, @Args() args: AuditEventsArgs): Promise<ConnectionShape<AuditEventModel>> {
    return this.auditLog.events(actor, args);
  }

  @Roles(TeamRole.COORDINATOR)
  @Query(() => AuditFacetsModel, { description: 'The distinct actions and record types in the current team\u2019s audit trail. Coordinators only.' })
  auditFacets(@CurrentActor() actor: Actor): Promise<AuditFacetsModel> {
    return this.auditLog.facets(actor);
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { DataSource, IsNull, MoreThan } from 'typeorm';

import { formatInTimeZone } from '@panelwise/shared-util';

import { AuditService } from '@api/core/audit/audit.service';
import { verifyPassword } from '@api/core/auth/password-hasher';
import type { Actor } from '@api/core/auth/request-auth';
import { createSecretToken, hashSecretToken } from '@api/core/auth/secret-token';
import { AppConfig } from '@api/core/config/app-config';
import { DomainError, notFound } from '@api/core/domain-error';
import { AuthService, type IssuedSession } from './auth.service';
import { UserEntity } from './user.entity';
import { OutboxService } from '@api/modules/mail/outbox.service';

import type { AcceptInviteInput } from '@api/modules/identity/dto/accept-invite.input';
import { type InviteLinkModel, type InviteModel, type InvitePreviewModel, InviteStatus } from '@api/modules/identity/dto/invite.model';
import { InviteEntity } from './invite.entity';
import { MembershipEntity } from './membership.entity';
import { TeamRole } from '@api/core/auth/team-role';
import { TeamEntity } from './team.entity';

function statusOf(invite: InviteEntity, now = new Date()): InviteStatus {
  if (invite.acceptedAt) {
    return InviteStatus.ACCEPTED;
  }
  if (invite.revokedAt) {
    return InviteStatus.REVOKED;
  }

  return invite.expiresAt <= now ? InviteStatus.EXPIRED : InviteStatus.PENDING;
}

@Injectable()
export class InviteService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly auth: AuthService,
    private readonly outbox: OutboxService,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  async invite(actor: Actor, email: string, role: TeamRole): Promise<InviteLinkModel> {
    const normalizedEmail = email.trim().toLowerCase();
    const alreadyMember = await this.dataSource
      .getRepository(MembershipEntity)
      .createQueryBuilder('m')
      .innerJoin('m.user', 'u')
      .where('m.team_id = :teamId AND m.active AND lower(u.email) = :email', {
        teamId: actor.teamId,
        email: normalizedEmail,
      })
      .getExists();
    if (alreadyMember) {
      throw new DomainError('CONFLICT', `${normalizedEmail} is already a member of this team`, {
        field: 'email',
      });
    }
    const { token, tokenHash } = createSecretToken();
    const url = `${this.config.publicUrl}/invite/${token}`;
    const invite = await this.dataSource.transaction(async (manager) => {
      // A new invite replaces any pending one for the same email: one live link per person.
      await manager.query(
        `UPDATE invite SET revoked_at = now()
          WHERE team_id = $1 AND email = $2 AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > now()`,
        [actor.teamId, normalizedEmail],
      );
      const saved = await manager.save(InviteEntity, {
        teamId: actor.teamId,
        email: normalizedEmail,
        role,
        tokenHash,
        invitedById: actor.userId,
        expiresAt: new Date(Date.now() + this.config.get('INVITE_TTL_HOURS') * 3_600_000),
        acceptedAt: null,
        revokedAt: null,
      });
      await this.audit.record(manager, {
        teamId: actor.teamId,
        actorId: actor.userId,
        action: 'invite.created',
        recordType: 'invite',
        recordId: saved.id,
        details: { email: normalizedEmail, role },
      });
      const [context]: { team_name: string; inviter_name: string; inviter_zone: string }[] = await manager.query(
        `SELECT t.name AS team_name, u.name AS inviter_name, u.time_zone AS inviter_zone
           FROM team t CROSS JOIN app_user u WHERE t.id = $1 AND u.id = $2`,
        [actor.teamId, actor.userId],
      );
      const teamName = context?.team_name ?? 'a team';
      await this.outbox.enqueue(manager, {
        teamId: actor.teamId,
        eventKey: `invite:${saved.id}`,
        kind: 'INVITE',
        to: { email: normalizedEmail, userId: null },
        subject: `${context?.inviter_name ?? 'A coordinator'} invited you to ${teamName} on Panelwise`,
        content: {
          heading: `Join ${teamName} on Panelwise`,
          paragraphs: [
            `${context?.inviter_name ?? 'A coordinator'} invited you to ${teamName} as ${role === TeamRole.COORDINATOR ? 'a coordinator' : 'an interviewer'}.`,
            `The link works once, until ${formatInTimeZone(saved.expiresAt, context?.inviter_zone ?? 'UTC')}.`,
          ],
          action: { label: 'Accept the invitation', url },
          footer: 'If you did not expect this, ignore this email.',
        },
      });

      return saved;
    });

    return { invite: await this.toModel(invite), url };
  }

  async pendingInvites(actor: Actor): Promise<InviteModel[]> {
    const invites = await this.dataSource.getRepository(InviteEntity).find({
      where: {
        teamId: actor.teamId,
        acceptedAt: IsNull(),
        revokedAt: IsNull(),
        expiresAt: MoreThan(new Date()),
      },
      relations: { invitedBy: true },
      order: { createdAt: 'DESC' },
    });

    return Promise.all(invites.map((invite) => this.toModel(invite)));
  }

  async revoke(actor: Actor, inviteId: string): Promise<InviteModel> {
    const revoked = await this.dataSource.transaction(async (manager) => {
      const invite = await manager.findOne(InviteEntity, {
        where: { id: inviteId, teamId: actor.teamId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!invite) {
        throw notFound('Invite');
      }
      const status = statusOf(invite);
      if (status !== InviteStatus.PENDING) {
        throw new DomainError('CONFLICT', `This invite is already ${status.toLowerCase()}`);
      }
      invite.revokedAt = new Date();
      await manager.update(InviteEntity, { id: invite.id }, { revokedAt: invite.revokedAt });
      await this.audit.record(manager, {
        teamId: actor.teamId,
        actorId: actor.userId,
        action: 'invite.revoked',
        recordType: 'invite',
        recordId: invite.id,
      });

      return invite;
    });

    return this.toModel(revoked);
  }

  async preview(token: string): Promise<InvitePreviewModel> {
    const invite = await this.usableInvite(token);
    const team = await this.dataSource.getRepository(TeamEntity).findOneByOrFail({ id: invite.teamId });
    const hasAccount = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where('lower(u.email) = :email', { email: invite.email })
      .getExists();

    return { teamName: team.name, email: invite.email, role: invite.role, hasAccount };
  }

  /**
   * Joins the invitee to the team, creating their account when the email has
   * none. All in one transaction: a failure leaves no user and no membership.
   */
  async accept(input: AcceptInviteInput): Promise<{ issued: IssuedSession; teamId: string | null }> {
    const { accepted, checked } = await this.dataSource.transaction(async (manager) => {
      const invite = await manager.findOne(InviteEntity, {
        where: { tokenHash: hashSecretToken(input.token) },
        lock: { mode: 'pessimistic_write' },
      });
      this.assertUsable(invite);
      // The existing account's hash the password was checked against, upgraded after the transaction.
      let checked: { userId: string; hash: string } | null = null;
      let user = await manager
        .getRepository(UserEntity)
        .createQueryBuilder('u')
        .where('lower(u.email) = :email', { email: invite.email })
        .getOne();
      if (user) {
        if (!(await verifyPassword(input.password, user.passwordHash))) {
          throw new DomainError('UNAUTHENTICATED', 'Wrong password for the existing account', {
            field: 'password',
          });
        }
        checked = { userId: user.id, hash: user.passwordHash };
      } else {
        if (!input.name?.trim()) {
          throw new DomainError('BAD_USER_INPUT', 'name is required to create an account', { field: 'name' });
        }
        user = await this.auth.createUser(manager, {
          email: invite.email,
          name: input.name.trim(),
          password: input.password,
          timeZone: input.timeZone,
        });
      }
      const existing = await manager.findOneBy(MembershipEntity, { teamId: invite.teamId, userId: user.id });
      if (existing) {
        await manager.update(MembershipEntity, { id: existing.id }, { role: invite.role, active: true });
      } else {
        await manager.insert(MembershipEntity, {
          teamId: invite.teamId,
          userId: user.id,
          role: invite.role,
          active: true,
        });
      }
      await manager.update(InviteEntity, { id: invite.id }, { acceptedAt: new Date() });
      await this.audit.record(manager, {
        teamId: invite.teamId,
        actorId: user.id,
        action: 'invite.accepted',
        recordType: 'invite',
        recordId: invite.id,
        details: { role: invite.role },
      });

      return { accepted: await this.auth.issueSession(manager, user.id, invite.teamId), checked };
    });
    // Outside the transaction: hashing holds no lock, and the embedded database has one connection.
    if (checked) {
      await this.auth.upgradeHash(checked.userId, input.password, checked.hash);
    }

    return accepted;
  }

  private async usableInvite(token: string): Promise<InviteEntity> {
    const invite = await this.dataSource
      .getRepository(InviteEntity)
      .findOneBy({ tokenHash: hashSecretToken(token) });
    this.assertUsable(invite);

    return invite;
  }

  private assertUsable(invite: InviteEntity | null): asserts invite is InviteEntity {
    if (!invite) {
      throw new DomainError('NOT_FOUND', 'This invite link is not valid', { field: 'token' });
    }
    switch (statusOf(invite)) {
      case InviteStatus.ACCEPTED:
        throw new DomainError('CONFLICT', 'This invite has already been used', { field: 'token', reason: 'USED' });
      case InviteStatus.REVOKED:
        throw new DomainError('BAD_USER_INPUT', 'This invite was revoked', { field: 'token', reason: 'REVOKED' });
      case InviteStatus.EXPIRED:
        throw new DomainError('BAD_USER_INPUT', 'This invite has expired', { field: 'token', reason: 'EXPIRED' });
      case InviteStatus.PENDING:
        return;
    }
  }

  private async toModel(invite: InviteEntity): Promise<InviteModel> {
    const inviter =
      invite.invitedBy ??
      (await this.dataSource.getRepository(UserEntity).findOneByOrFail({ id: invite.invitedById }));

    return {
      id: invite.id,
      email: invite.email,
      role: invite.role,
      status: statusOf(invite),
      invitedByName: inviter.name,
      createdAt: invite.createdAt,
      expiresAt: invite.expiresAt,
    };
  }
}

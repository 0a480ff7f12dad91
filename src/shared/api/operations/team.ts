import { z } from 'zod';
import { member, memberDraft } from '../../domain/team';
import { op, search } from './define';

export const teamOperations = {
  'members.list': op(search, z.array(member), 'Team members by name.'),
  'members.create': op(memberDraft.strict(), member, 'Add a team member.'),
};

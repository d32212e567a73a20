import { graphql } from '@atrium/schema/client';
import type { ResultOf } from '../../app/operations';

/** The signed-in client's portals with what is shared in each (the home page; refetched after an invitation). */
export const HomePage_Portals = graphql(`
  query HomePage_Portals {
    myPortals {
      id
      name
      memberId
      readOnly
      canInviteOthers
      sections {
        todos
        files
        billing
        messages
        appointments
        myDetails
      }
      permissions {
        appointmentRequests
        secureMessaging
        billingDocuments
        payBalance
        inviteOthers
        myDetails
        myDocuments
      }
      matters {
        id
        number
        name
        status
        responsibleStaffName
      }
      members {
        name
        email
        status
      }
    }
  }
`);

export type ClientPortal = ResultOf<typeof HomePage_Portals>['myPortals'][number];

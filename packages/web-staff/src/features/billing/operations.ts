import { graphql } from '@atrium/schema/staff';
import type { ResultOf } from '../../lib/operations';

export const MatterBilling_InvoiceFragment = graphql(`
  fragment MatterBilling_invoice on Invoice {
    id
    number
    status
    issuedOn
    dueOn
    overdue
    currency
    note
    billedPortalId
    billedTo
    lines {
      id
      position
      description
      quantity
      unitPriceMinor
      taxRateBasisPoints
      amountMinor
      taxMinor
    }
    payments {
      id
      amountMinor
      receivedOn
      method
      reference
    }
    totals {
      subtotal
      tax
      total
      paid
      balance
    }
  }
`);

export const MatterBilling_InvoicesQuery = graphql(`
  query MatterBilling_Invoices($id: ID!) {
    matter(id: $id) {
      id
      participants {
        id
        role
        contact {
          id
          displayName
          portal {
            id
          }
        }
      }
      invoices {
        ...MatterBilling_invoice
      }
    }
  }
`);

export type InvoiceData = ResultOf<typeof MatterBilling_InvoiceFragment>;


export const MatterBilling_CreateInvoiceMutation = graphql(`
  mutation MatterBilling_CreateInvoice($input: CreateInvoiceInput!) {
    createInvoice(input: $input) {
      errors {
        code
        message
        field
      }
      invoice {
        ...MatterBilling_invoice
      }
    }
  }
`);

export const MatterBilling_UpdateInvoiceMutation = graphql(`
  mutation MatterBilling_UpdateInvoice($input: UpdateInvoiceInput!) {
    updateInvoice(input: $input) {
      errors {
        code
        message
        field
      }
      invoice {
        ...MatterBilling_invoice
      }
    }
  }
`);

export const MatterBilling_IssueInvoiceMutation = graphql(`
  mutation MatterBilling_IssueInvoice($input: InvoiceIdInput!) {
    issueInvoice(input: $input) {
      errors {
        code
        message
        field
      }
      invoice {
        ...MatterBilling_invoice
      }
    }
  }
`);

export const MatterBilling_VoidInvoiceMutation = graphql(`
  mutation MatterBilling_VoidInvoice($input: InvoiceIdInput!) {
    voidInvoice(input: $input) {
      errors {
        code
        message
        field
      }
      invoice {
        ...MatterBilling_invoice
      }
    }
  }
`);

export const MatterBilling_DeleteInvoiceMutation = graphql(`
  mutation MatterBilling_DeleteInvoice($input: InvoiceIdInput!) {
    deleteInvoice(input: $input) {
      errors {
        code
        message
        field
      }
      deleted
    }
  }
`);

export const MatterBilling_RecordPaymentMutation = graphql(`
  mutation MatterBilling_RecordPayment($input: RecordPaymentInput!) {
    recordPayment(input: $input) {
      errors {
        code
        message
        field
      }
      invoice {
        ...MatterBilling_invoice
      }
    }
  }
`);

import { usePayloadMutation } from '../../lib/mutation';
import {
  MatterBilling_CreateInvoiceMutation,
  MatterBilling_DeleteInvoiceMutation,
  MatterBilling_IssueInvoiceMutation,
  MatterBilling_RecordPaymentMutation,
  MatterBilling_UpdateInvoiceMutation,
  MatterBilling_VoidInvoiceMutation,
} from './operations';

// Changed invoices update in the cache by their ID; a new or deleted one changes the matter's list.
const refetchList = { refetchQueries: ['MatterBilling_Invoices'] };

export function useCreateInvoice() {
  return usePayloadMutation(MatterBilling_CreateInvoiceMutation, 'createInvoice', refetchList);
}

export function useUpdateInvoice() {
  return usePayloadMutation(MatterBilling_UpdateInvoiceMutation, 'updateInvoice');
}

export function useIssueInvoice() {
  return usePayloadMutation(MatterBilling_IssueInvoiceMutation, 'issueInvoice');
}

export function useVoidInvoice() {
  return usePayloadMutation(MatterBilling_VoidInvoiceMutation, 'voidInvoice');
}

export function useDeleteInvoice() {
  return usePayloadMutation(MatterBilling_DeleteInvoiceMutation, 'deleteInvoice', refetchList);
}

export function useRecordPayment() {
  return usePayloadMutation(MatterBilling_RecordPaymentMutation, 'recordPayment');
}

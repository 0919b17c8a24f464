import type { ProfileCustomer } from '../ports/profile-store.js';
import { checkCustomerHash } from './orders.js';
import { validate } from './validate.js';

/** Checks customers to remember: a Customer GID and the one-way hash of the same customer. */
export function validateProfileCustomers(
  customers: readonly Pick<ProfileCustomer, 'customerId' | 'customerHash'>[],
): Pick<ProfileCustomer, 'customerId' | 'customerHash'>[] {
  return validate('profile customers', (check) =>
    customers.map((customer, index) => ({
      customerId: check.gid(`customers[${index}].customerId`, customer.customerId, 'Customer'),
      customerHash: checkCustomerHash(check, `customers[${index}].customerHash`, customer.customerHash),
    })),
  );
}

/** Checks published marks: a Customer GID and a content hash or null. */
export function validatePublishedProfiles(
  published: readonly { readonly customerId: string; readonly contentHash: string | null }[],
): { customerId: string; contentHash: string | null }[] {
  return validate('published profiles', (check) =>
    published.map((mark, index) => ({
      customerId: check.gid(`published[${index}].customerId`, mark.customerId, 'Customer'),
      contentHash:
        mark.contentHash === null
          ? null
          : check.matches(
              `published[${index}].contentHash`,
              mark.contentHash,
              /^[0-9a-f]{8,128}$/,
              'a hex hash',
            ),
    })),
  );
}

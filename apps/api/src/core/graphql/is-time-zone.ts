import { isValidTimeZone } from '@panelwise/shared-util';
import { buildMessage, ValidateBy, type ValidationOptions } from 'class-validator';

export const IS_TIME_ZONE = 'isTimeZone';

/** An IANA time zone this server knows (Europe/Paris, UTC); every input that takes a zone carries it. */
export function IsTimeZone(validationOptions?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: IS_TIME_ZONE,
      validator: {
        validate: (value: unknown): boolean => typeof value === 'string' && isValidTimeZone(value),
        defaultMessage: buildMessage(() => 'Choose a time zone from the list', validationOptions),
      },
    },
    validationOptions,
  );
}

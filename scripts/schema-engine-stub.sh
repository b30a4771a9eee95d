#!/bin/sh
echo "The native Prisma schema engine is not used in this project (offline machine)." >&2
echo "Use npm run db:migrate / db:deploy / db:check instead of prisma migrate." >&2
exit 1

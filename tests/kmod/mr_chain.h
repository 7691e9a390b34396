/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Symbols of the mr_chain test modules (stuck case 1): mr_chain_mid uses
 * mr_chain_base's, mr_chain_top uses mr_chain_mid's, so base is held by
 * mid and mid by top.
 */
#ifndef MR_CHAIN_H
#define MR_CHAIN_H

int mr_chain_base_value(void);
int mr_chain_mid_value(void);

#endif /* MR_CHAIN_H */

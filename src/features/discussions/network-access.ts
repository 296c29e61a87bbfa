// The one place discussions asks the networks feature who may read a network's threads: members of its
// organisations, asked at every read and every email, so leaving a network closes its threads at once.
export { isNetworkMember, networksOfMember, findNetwork } from '../networks/index.ts';

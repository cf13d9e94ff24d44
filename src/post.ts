import { post } from './action/post.js'

void post()
